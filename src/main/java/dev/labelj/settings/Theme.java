package dev.labelj.settings;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The look of the window; {@code SYSTEM} follows the desktop where the desktop says. */
public enum Theme {
    @JsonProperty("light") LIGHT,
    @JsonProperty("dark") DARK,
    @JsonEnumDefaultValue @JsonProperty("system") SYSTEM
}
