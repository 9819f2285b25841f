package io.wirestream.app;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest, so that it is written in one place: the POM. */
final class WirestreamVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Wirestream.class.getPackage().getImplementationVersion();
        return new String[] {"wirestream " + (version == null ? "(development build)" : version)};
    }
}
