package io.wirestream.core.record;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether a quote gives the speaker's own words or reports them. */
public enum QuoteKind {
    /** The speaker's words, verbatim: in quotation marks or introduced by a dash. */
    @JsonProperty("direct") DIRECT,
    /** Reported speech: "she said that ...", "according to him, ...". */
    @JsonProperty("indirect") INDIRECT
}
