#!/usr/bin/python3
"""Writes the small ONNX models the assist tests use, and (on request) the benchmark model.

Run by hand with Debian's python3-onnx (onnx 1.12, which writes IR 8 / opset 17), from the project folder:

    /usr/bin/python3 src/test/models/make_test_models.py                  # test models -> src/test/resources/dev/labelj/assist
    /usr/bin/python3 src/test/models/make_test_models.py --bench target    # + target/bench-yolov8n-cost.onnx (about 13 MB)

The test models have fixed weights, so their outputs are known: every output row the tests look at is a constant,
except a few scores that equal the mean of one colour channel of the input tensor (after letterbox, RGB, /255).
That makes a wrong channel order, pad colour, scale or letterbox geometry change a score the tests check.
The rest of each output is zero padding up to the shape a real export has (2100 anchors at 320, 300 queries ...).
The tests need no Python: the written models are committed.
"""
import os
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

OPSET = 17
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "resources", "dev", "labelj", "assist")

# a weight of MEAN_R in a row's weights makes that value the mean red (channel 0) of the input tensor
MEAN_R = "R"


def row_values(rows):
    """Splits rows of numbers / MEAN_R markers into constants B and weights W (3 x k) on the channel means."""
    flat = [v for row in rows for v in row]
    bias = np.array([0.0 if v == MEAN_R else float(v) for v in flat], dtype=np.float32)
    weights = np.zeros((3, len(flat)), dtype=np.float32)
    for i, v in enumerate(flat):
        if v == MEAN_R:
            weights[0, i] = 1.0
    return bias, weights


def means_model(name, input_shape, small_shape, full_shape, rows, metadata, output_shape=None):
    """A model whose output is rows (reshaped to small_shape) + channel means x weights, zero-padded to full_shape."""
    bias, weights = row_values(rows)
    assert bias.size == int(np.prod(small_shape)), (name, bias.size, small_shape)
    pads = [0] * len(full_shape) + [f - s for f, s in zip(full_shape, small_shape)]
    nodes = [
        helper.make_node("ReduceMean", ["images"], ["means"], axes=[2, 3], keepdims=0),
        helper.make_node("MatMul", ["means", "W"], ["mixed"]),
        helper.make_node("Add", ["mixed", "B"], ["flat"]),
        helper.make_node("Reshape", ["flat", "small_shape"], ["small"]),
        helper.make_node("Pad", ["small", "pads"], ["output0"], mode="constant"),
    ]
    inits = [
        numpy_helper.from_array(weights, "W"),
        numpy_helper.from_array(bias, "B"),
        numpy_helper.from_array(np.array(small_shape, dtype=np.int64), "small_shape"),
        numpy_helper.from_array(np.array(pads, dtype=np.int64), "pads"),
    ]
    graph = helper.make_graph(
        nodes, name,
        [helper.make_tensor_value_info("images", TensorProto.FLOAT, input_shape)],
        [helper.make_tensor_value_info("output0", TensorProto.FLOAT, output_shape or full_shape)],
        inits)
    save(graph, name, metadata)


def save(graph, name, metadata, folder=OUT):
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)],
                              producer_name="labelj-test-models")
    model.ir_version = 8
    for key, value in (metadata or {}).items():
        entry = model.metadata_props.add()
        entry.key = key
        entry.value = value
    onnx.checker.check_model(model)
    path = os.path.join(folder, name + ".onnx")
    onnx.save(model, path)
    print(path, os.path.getsize(path), "bytes")


def ultralytics_metadata(names, imgsz, task="detect"):
    """As Ultralytics writes it: str() of Python values."""
    return {"description": "labelj test model", "author": "labelj", "stride": "32", "task": task,
            "batch": "1", "imgsz": str(imgsz), "names": str(names)}


def transpose(rows):
    return [list(col) for col in zip(*rows)]


# YOLOv8 / YOLO11: [1, 4+nc, N], cx cy w h in input pixels, class scores, no objectness.
V8_ANCHORS = [
    # cx,  cy,  w,   h,  person, car, dog
    [160, 160, 100, 50, 0.9, 0.1, 0.0],   # person 0.9
    [165, 162, 100, 50, 0.8, 0.0, 0.0],   # person 0.8, IoU 0.84 with the first: suppressed
    [165, 162, 100, 50, 0.0, 0.7, 0.0],   # car 0.7 on the same place: another class, kept
    [60, 60, 40, 40, 0.0, 0.0, MEAN_R],   # dog, scored by the mean red of the input
    [250, 250, 20, 20, 0.2, 0.0, 0.0],    # person 0.2: below the default confidence
    [10, 300, 60, 60, 0.0, 0.6, 0.0],     # car 0.6, partly outside the picture: clipped
]
V8_NAMES = {0: "person", 1: "car", 2: "dog"}


def yolov8_models():
    small = [1, 7, len(V8_ANCHORS)]
    full = [1, 7, 2100]  # 40*40 + 20*20 + 10*10 anchors at 320
    rows = transpose(V8_ANCHORS)
    means_model("yolov8", [1, 3, 320, 320], small, full, rows, ultralytics_metadata(V8_NAMES, [320, 320]))
    means_model("yolov8-dynamic", [1, 3, "height", "width"], small, full, rows,
                ultralytics_metadata(V8_NAMES, [320, 320]), output_shape=[1, 7, "anchors"])
    means_model("yolov8-no-metadata", [1, 3, 320, 320], small, full, rows, None)


def yolov5_model():
    # [1, N, 5+nc]: cx cy w h objectness, class scores (score = obj x cls); input 256 high, 320 wide
    rows = [
        [160, 128, 64, 32, 0.9, 0.5, 0.1],    # cat 0.45
        [100, 100, 20, 20, 0.5, 0.4, 0.0],    # cat 0.2: class score alone would pass, the product does not
        [200, 60, 30, 40, 0.8, 0.0, 0.9],     # bird's nest 0.72
    ]
    n = (32 * 40 + 16 * 20 + 8 * 10) * 3
    means_model("yolov5", [1, 3, 256, 320], [1, 3, 7], [1, n, 7], rows,
                {"stride": "32", "names": str({0: "cat", 1: "bird's nest"})})


def end_to_end_model():
    # [1, K, 6]: x1 y1 x2 y2 score class, already without duplicates (YOLOv10, YOLO26, nms=True exports)
    rows = [
        [40, 50, 120, 170, 0.95, 1],
        [42, 52, 122, 172, 0.9, 1],    # overlaps the first: an end-to-end model meant it, no NMS removes it
        [200, 200, 260, 240, 0.1, 0],  # below the default confidence
    ]
    means_model("end2end", [1, 3, 320, 320], [1, 3, 6], [1, 300, 6], rows,
                ultralytics_metadata({0: "a", 1: "b"}, [320, 320]))


def rtdetr_model():
    # [1, 300, 4+nc]: cx cy w h normalised to the input, class scores (RT-DETR: stretched input, no NMS)
    rows = [
        [0.5, 0.5, 0.25, 0.5, 0.3, 0.85, 0.0],
        [0.25, 0.25, 0.1, 0.1, 0.9, 0.0, 0.0],
    ]
    metadata = ultralytics_metadata({0: "x", 1: "y", 2: "z"}, [320, 320])
    # Ultralytics names the model's file stem here ("rtdetr-l"): how a 2-class RT-DETR, [1, 300, 6], is told
    # from an end-to-end YOLO of the same shape
    metadata["description"] = "Ultralytics rtdetr-l model trained on test.yaml"
    means_model("rtdetr", [1, 3, 320, 320], [1, 2, 7], [1, 300, 7], rows, metadata)


def unknown_layout_model():
    means_model("unknown-layout", [1, 3, 64, 64], [1, 5], [1, 5], [[0.1, 0.2, 0.3, 0.4, 0.5]], None)


def conv(nodes, inits, x, cin, cout, k, stride, name, rng, act=True):
    """A convolution with SiLU (as YOLO's Conv block); returns the output name and its multiply-adds per pixel."""
    w = (rng.standard_normal((cout, cin, k, k)) * np.sqrt(1.0 / (cin * k * k))).astype(np.float32)
    b = np.zeros(cout, dtype=np.float32)
    inits += [numpy_helper.from_array(w, name + "_w"), numpy_helper.from_array(b, name + "_b")]
    nodes.append(helper.make_node("Conv", [x, name + "_w", name + "_b"], [name + "_c"],
                                  kernel_shape=[k, k], strides=[stride, stride], pads=[k // 2] * 4))
    if not act:
        return name + "_c", cin * k * k * cout
    nodes.append(helper.make_node("Sigmoid", [name + "_c"], [name + "_s"]))
    nodes.append(helper.make_node("Mul", [name + "_c", name + "_s"], [name]))
    return name, cin * k * k * cout


def bench_model(folder):
    """A convolution stack of YOLOv8n's cost (8.7 GFLOPs = 4.35 G multiply-adds at 640) with its output shape."""
    rng = np.random.default_rng(0)
    nodes, inits = [], []
    macs = 0
    x, side = "images", 640
    plan = [(3, 16, 2, 0), (16, 32, 2, 4), (32, 64, 2, 4), (64, 128, 2, 4), (128, 256, 2, 4)]
    features = []
    for level, (cin, cout, stride, repeats) in enumerate(plan):
        side //= stride
        x, m = conv(nodes, inits, x, cin, cout, 3, stride, "down%d" % level, rng)
        macs += m * side * side
        for r in range(repeats):
            x, m = conv(nodes, inits, x, cout, cout, 3, 1, "l%d_%d" % (level, r), rng)
            macs += m * side * side
        if level >= 2:
            features.append((x, cout, side))
    heads = []
    for i, (f, c, s) in enumerate(features):
        h, m = conv(nodes, inits, f, c, 84, 1, 1, "head%d" % i, rng, act=False)
        macs += m * s * s
        shape = "head%d_shape" % i
        inits.append(numpy_helper.from_array(np.array([1, 84, s * s], dtype=np.int64), shape))
        nodes.append(helper.make_node("Reshape", [h, shape], ["head%d_flat" % i]))
        heads.append("head%d_flat" % i)
    nodes.append(helper.make_node("Concat", heads, ["output0"], axis=2))
    graph = helper.make_graph(nodes, "bench",
                              [helper.make_tensor_value_info("images", TensorProto.FLOAT, [1, 3, 640, 640])],
                              [helper.make_tensor_value_info("output0", TensorProto.FLOAT, [1, 84, 8400])], inits)
    names = {i: "class%d" % i for i in range(80)}
    save(graph, "bench-yolov8n-cost", ultralytics_metadata(names, [640, 640]), folder)
    print("GFLOPs at 640: %.2f" % (2 * macs / 1e9))


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    yolov8_models()
    yolov5_model()
    end_to_end_model()
    rtdetr_model()
    unknown_layout_model()
    if len(sys.argv) == 3 and sys.argv[1] == "--bench":
        os.makedirs(sys.argv[2], exist_ok=True)
        bench_model(sys.argv[2])
