package io.wirestream.ingest.http;

import java.net.URI;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * What to GET and how.
 *
 * @param url          the URL
 * @param accept       the Accept header
 * @param etag         the ETag of the copy held, sent as If-None-Match, or null
 * @param lastModified the Last-Modified of the copy held, sent as If-Modified-Since, or null
 * @param wantedTypes  which media types (lower case, without parameters) are wanted; a response of another
 *                     type fails with {@link FetchFailure#NOT_HTML} before its body is read. A response
 *                     without a Content-Type is always read.
 * @param hopCheck     a check of each URL of the redirect chain before it is requested (robots.txt)
 */
public record FetchRequest(URI url, String accept, String etag, String lastModified, Predicate<String> wantedTypes,
                           HopCheck hopCheck) {

    /** A check of one URL of a redirect chain. */
    @FunctionalInterface
    public interface HopCheck {

        /** A check that lets every URL through. */
        HopCheck NONE = url -> { };

        /** @throws FetchException when {@code url} must not be requested */
        void check(URI url) throws FetchException, InterruptedException;
    }

    /** An unconditional GET of any type. */
    public static FetchRequest of(URI url, String accept) {
        return new FetchRequest(url, accept, null, null, type -> true, HopCheck.NONE);
    }

    /** This request, sending the validators of the copy held. */
    public FetchRequest conditional(String etagHeld, String lastModifiedHeld) {
        return new FetchRequest(url, accept, etagHeld, lastModifiedHeld, wantedTypes, hopCheck);
    }

    /** This request, refusing responses whose media type does not pass {@code types}. */
    public FetchRequest wanting(Predicate<String> types) {
        return new FetchRequest(url, accept, etag, lastModified, types, hopCheck);
    }

    /** This request, checking each URL of the redirect chain with {@code check}. */
    public FetchRequest checking(HopCheck check) {
        return new FetchRequest(url, accept, etag, lastModified, wantedTypes, check);
    }

    /** The media type of a Content-Type header: lower case, without parameters. */
    public static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }
}
