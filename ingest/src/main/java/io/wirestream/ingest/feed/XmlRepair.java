package io.wirestream.ingest.feed;

import io.wirestream.ingest.http.HtmlCharset;
import io.wirestream.ingest.http.TextCharset;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * Repairs what publishers get wrong in feed XML, before it is parsed, as feed readers do:
 * <ul>
 *   <li>the charset is taken from a byte order mark, the Content-Type header or the XML declaration, in
 *       that order; a declared charset the bytes are not written in (a "UTF-8" feed in windows-1252) gives
 *       way to detection;</li>
 *   <li>anything before the first {@code <} (a byte order mark, white space, a stray line) is dropped;</li>
 *   <li>the DOCTYPE is dropped with its internal subset, so that no DTD is read and no entity it declares is
 *       ever expanded (XXE, billion laughs): a reference to one stays as literal text;</li>
 *   <li>characters XML 1.0 does not allow (control characters) are dropped;</li>
 *   <li>HTML entities ({@code &nbsp;}, {@code &eacute;}) become the characters they name, and an {@code &}
 *       that starts no reference is escaped.</li>
 * </ul>
 * CDATA sections and comments are copied as they are, but for invalid characters.
 */
final class XmlRepair {

    private static final Pattern DECLARED = Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)");
    private static final Pattern REFERENCE = Pattern.compile("&(?:#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|([A-Za-z][A-Za-z0-9]{0,31});)?");
    private static final Set<String> XML_ENTITIES = Set.of("amp", "lt", "gt", "quot", "apos");

    private XmlRepair() {
    }

    /** The text of an XML document, decoded as described above. */
    static String decode(byte[] bytes, String contentType) {
        Optional<Charset> declared = HtmlCharset.bom(bytes)
                .or(() -> HtmlCharset.ofContentType(contentType))
                .or(() -> HtmlCharset.find(DECLARED, new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1)
                        .stripLeading()));
        Charset charset = declared.filter(c -> TextCharset.decodes(bytes, c)).orElseGet(() -> TextCharset.guess(bytes));
        return HtmlCharset.decode(bytes, charset);
    }

    /** {@code xml} repaired as described above. */
    static String repair(String xml) {
        int start = xml.indexOf('<');
        String text = start < 0 ? "" : xml.substring(start);
        StringBuilder out = new StringBuilder(text.length() + 64);
        int i = 0;
        while (i < text.length()) {
            int next = text.indexOf('<', i);
            int amp = text.indexOf('&', i);
            int stop = next < 0 ? amp : amp < 0 ? next : Math.min(next, amp);
            if (stop < 0) {
                appendValid(out, text, i, text.length());
                break;
            }
            appendValid(out, text, i, stop);
            if (text.charAt(stop) == '&') {
                i = reference(out, text, stop);
            } else if (text.startsWith("<![CDATA[", stop)) {
                i = copyThrough(out, text, stop, "]]>");
            } else if (text.startsWith("<!--", stop)) {
                i = copyThrough(out, text, stop, "-->");
            } else if (text.regionMatches(true, stop, "<!DOCTYPE", 0, 9)) {
                i = skipDoctype(text, stop);
            } else {
                out.append('<');
                i = stop + 1;
            }
        }
        return out.toString();
    }

    private static int reference(StringBuilder out, String text, int amp) {
        Matcher m = REFERENCE.matcher(text).region(amp, Math.min(text.length(), amp + 42));
        m.lookingAt();
        String name = m.group(1);
        if (m.end() == amp + 1) {
            out.append("&amp;"); // an & that starts no reference
        } else if (name == null || XML_ENTITIES.contains(name)) {
            out.append(text, amp, m.end());
        } else if (Entities.isNamedEntity(name)) {
            Entities.getByName(name).codePoints().forEach(cp -> out.append("&#").append(cp).append(';'));
        } else {
            out.append("&amp;").append(name).append(';'); // unknown, or declared by a dropped DOCTYPE
        }
        return m.end();
    }

    private static int copyThrough(StringBuilder out, String text, int from, String end) {
        int close = text.indexOf(end, from);
        int stop = close < 0 ? text.length() : close + end.length();
        appendValid(out, text, from, stop);
        return stop;
    }

    /** The index after the DOCTYPE at {@code from}, with its internal subset in brackets. */
    private static int skipDoctype(String text, int from) {
        int depth = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == '>' && depth <= 0) {
                return i + 1;
            }
        }
        return text.length();
    }

    /** Appends {@code text[from, to)} without the characters XML 1.0 forbids. */
    private static void appendValid(StringBuilder out, String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0xFFFE || c == '\t' || c == '\n' || c == '\r') {
                if (Character.isSurrogate(c) && !pairedSurrogate(text, i)) {
                    continue;
                }
                out.append(c);
            }
        }
    }

    private static boolean pairedSurrogate(String text, int i) {
        char c = text.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
}
