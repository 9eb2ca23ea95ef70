package dev.labelj.settings;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/** How a newly shown image is scaled: to the window, to its width, or kept at the user's zoom. */
public enum ZoomMode {
    @JsonEnumDefaultValue @JsonProperty("fitWindow") FIT_WINDOW,
    @JsonProperty("fitWidth") FIT_WIDTH,
    @JsonProperty("manual") MANUAL
}
