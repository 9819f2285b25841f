package io.wirestream.core.record;

/** The kinds of named entity. */
public enum EntityType {
    PERSON,
    ORGANIZATION,
    LOCATION,
    MISC
}
