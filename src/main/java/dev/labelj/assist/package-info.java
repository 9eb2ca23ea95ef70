/**
 * Model-assisted labelling, headless: the window and {@code labelj predict} both call it.
 *
 * <ul>
 *   <li>{@link dev.labelj.assist.Detector#open} reads a model once; {@link dev.labelj.assist.ModelInfo} says what
 *       it is (layout, input size, names). {@link dev.labelj.assist.OnnxEngine#problem()} says, before any model is
 *       chosen, when ONNX Runtime cannot run on this platform.</li>
 *   <li>One image: {@link dev.labelj.assist.Detector#prepare} (a file, or a picture in memory) then
 *       {@link dev.labelj.assist.Detector#infer} give {@link dev.labelj.assist.Proposal}s with scores in image
 *       pixels; {@link dev.labelj.assist.ProposalMerge#newOnly} keeps those that are not already boxes.</li>
 *   <li>A folder: {@link dev.labelj.assist.FolderRun} on a background thread, with a progress callback and a
 *       cancel check before each image, decoding ahead while the model runs;
 *       {@link dev.labelj.assist.MergePlan} decides what each prediction does to an annotation.</li>
 *   <li>{@link dev.labelj.assist.ClassMapping} maps model classes to the dataset's, by name or as chosen.</li>
 *   <li>{@link dev.labelj.assist.BoxTightener} shrinks a box to the object inside it with GrabCut, no model
 *       needed; {@link dev.labelj.assist.Tightening} says what it found.</li>
 * </ul>
 * Review marks (which boxes are proposals, and their scores) are kept by {@code dev.labelj.io.ReviewMarksStore}.
 */
package dev.labelj.assist;
