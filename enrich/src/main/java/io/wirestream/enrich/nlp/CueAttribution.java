package io.wirestream.enrich.nlp;

/** A cue and the reference to its speaker. */
record CueAttribution(String cue, SpeakerRef speaker) {
}
