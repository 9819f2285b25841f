package io.wirestream.ingest.feed;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import io.wirestream.core.record.Enclosure;
import io.wirestream.core.record.FeedItem;
import io.wirestream.ingest.http.FetchException;
import io.wirestream.ingest.http.FetchFailure;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.Namespace;
import org.jdom2.input.DOMBuilder;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;
import org.jsoup.helper.W3CDom;
import org.jsoup.parser.Parser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads RSS 0.9x, 1.0 (RDF) and 2.0 and Atom 0.3 and 1.0 with Rome, keeping everything an item says.
 * The text is first mended by {@link XmlRepair} and parsed strictly; a document that is still not
 * well-formed (a truncated download, tags that do not nest) is parsed again by jsoup's forgiving XML
 * parser, keeping every complete item. DTDs are never read.
 */
final class RssAtomParser {

    private static final Logger log = LoggerFactory.getLogger(RssAtomParser.class);
    private static final Namespace MEDIA = Namespace.getNamespace("http://search.yahoo.com/mrss/");
    private static final Namespace SY = Namespace.getNamespace("http://purl.org/rss/1.0/modules/syndication/");
    private static final Namespace DC = Namespace.getNamespace("http://purl.org/dc/elements/1.1/");
    private static final Namespace DCTERMS = Namespace.getNamespace("http://purl.org/dc/terms/");
    private static final List<String> ITEM_ENDS = List.of("</item>", "</entry>");

    private RssAtomParser() {
    }

    /** The parsed feed: its title, items and the interval it asks for. */
    record Parsed(String title, List<FeedItem> items, Optional<Duration> publisherInterval) {
    }

    /**
     * Parses {@code xml}, repairing it as far as a feed reader would.
     *
     * @param source what is read, for messages
     * @throws FetchException ({@link FetchFailure#INVALID_FEED}) saying what is wrong with it
     */
    static Parsed parse(String xml, String source) throws FetchException {
        String repaired = XmlRepair.repair(xml);
        Document document;
        try {
            document = strict(repaired);
        } catch (JDOMException | IOException malformed) {
            document = lenient(repaired, source, malformed);
        }
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setPreserveWireFeed(true);
            feed = input.build(document);
        } catch (FeedException | RuntimeException e) {
            // Rome says "IllegalArgumentException: Invalid document" for XML that is neither RSS nor Atom.
            throw new FetchException(FetchFailure.INVALID_FEED, "Not an RSS or Atom feed at " + source + ": "
                    + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
        List<Element> elements = itemElements(document.getRootElement());
        List<SyndEntry> entries = feed.getEntries();
        List<FeedItem> items = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            // Rome keeps the document order, so the i-th entry is the i-th item element.
            items.add(item(entries.get(i), elements.size() == entries.size() ? elements.get(i) : null));
        }
        return new Parsed(Text.clean(feed.getTitle()), items, publisherInterval(document.getRootElement()));
    }

    private static Document strict(String xml) throws JDOMException, IOException {
        SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING);
        // XmlRepair drops DOCTYPEs; refusing them here as well keeps a DTD from ever being read.
        builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
        builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        builder.setExpandEntities(false);
        return builder.build(new StringReader(xml));
    }

    /** The document as jsoup's XML parser understands it, cut after its last complete item. */
    private static Document lenient(String xml, String source, Exception malformed) throws FetchException {
        int cut = ITEM_ENDS.stream().mapToInt(end -> {
            int at = xml.lastIndexOf(end);
            return at < 0 ? -1 : at + end.length();
        }).max().orElse(-1);
        String kept = cut < 0 || isComplete(xml) ? xml : xml.substring(0, cut);
        try {
            org.jsoup.nodes.Document parsed = Parser.xmlParser().parseInput(kept, "");
            Document document = new DOMBuilder().build(new W3CDom().fromJsoup(parsed));
            log.debug("{} is not well-formed XML ({}); read it leniently", source, malformed.getMessage());
            return document;
        } catch (RuntimeException e) {
            throw new FetchException(FetchFailure.INVALID_FEED, "Not a well-formed feed at " + source + ": "
                    + malformed.getMessage(), malformed);
        }
    }

    private static boolean isComplete(String xml) {
        String end = xml.stripTrailing();
        return end.endsWith("</rss>") || end.endsWith("</feed>") || end.endsWith("RDF>");
    }

    private static List<Element> itemElements(Element root) {
        Element channel = child(root, "channel");
        List<Element> items = new ArrayList<>();
        Stream.of(root, channel).filter(Objects::nonNull).forEach(parent -> parent.getChildren().stream()
                .filter(e -> e.getName().equals("item") || e.getName().equals("entry")).forEach(items::add));
        return items;
    }

    private static FeedItem item(SyndEntry entry, Element element) {
        String rawPublished = text(element, "pubDate", "published", "issued", "date", "created");
        String rawUpdated = text(element, "updated", "modified");
        var published = PublicationDates.of(entry.getPublishedDate(), rawPublished);
        var updated = PublicationDates.of(entry.getUpdatedDate(), rawUpdated);
        List<Enclosure> enclosures = enclosures(entry, element);
        return new FeedItem(guid(entry), Text.clean(entry.getTitle()),
                entry.getDescription() == null ? null : Text.clean(entry.getDescription().getValue()),
                link(entry), published != null ? published : updated, authors(entry), categories(entry, element),
                updated, image(element, enclosures), enclosures);
    }

    /** The RSS guid or Atom id; Rome's {@code SyndEntry.getUri()} falls back to the link when there is none. */
    private static String guid(SyndEntry entry) {
        if (entry.getWireEntry() instanceof Item item) {
            return item.getGuid() == null ? null : Text.clean(item.getGuid().getValue());
        }
        if (entry.getWireEntry() instanceof Entry atom) {
            return Text.clean(atom.getId());
        }
        return Text.clean(entry.getUri());
    }

    private static String link(SyndEntry entry) {
        String link = Text.clean(entry.getLink());
        if (link != null) {
            return link;
        }
        return entry.getLinks().stream().filter(l -> l.getRel() == null || "alternate".equals(l.getRel()))
                .map(SyndLink::getHref).map(Text::clean).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** Atom authors, else the RSS author or dc:creator that Rome keeps as a single string. */
    private static List<String> authors(SyndEntry entry) {
        List<String> names = entry.getAuthors().stream().map(SyndPerson::getName).map(Text::clean)
                .filter(Objects::nonNull).distinct().toList();
        return names.isEmpty() ? Stream.ofNullable(Text.clean(entry.getAuthor())).toList() : names;
    }

    /** The categories Rome read, else the Dublin Core subjects of an RSS 1.0 item. */
    private static List<String> categories(SyndEntry entry, Element element) {
        Stream<String> names = entry.getCategories().isEmpty() && element != null
                ? element.getChildren("subject", DC).stream().map(Element::getText)
                : entry.getCategories().stream().map(SyndCategory::getName);
        return names.map(Text::clean).filter(Objects::nonNull).distinct().toList();
    }

    /** RSS enclosures and Atom enclosure links (through Rome), then Media RSS content. */
    private static List<Enclosure> enclosures(SyndEntry entry, Element element) {
        List<Enclosure> enclosures = new ArrayList<>();
        for (SyndEnclosure enclosure : entry.getEnclosures()) {
            if (Text.clean(enclosure.getUrl()) != null) {
                enclosures.add(new Enclosure(enclosure.getUrl().strip(), Text.clean(enclosure.getType()),
                        enclosure.getLength() > 0 ? enclosure.getLength() : null));
            }
        }
        for (Element content : media(element, "content")) {
            String url = Text.clean(content.getAttributeValue("url"));
            if (url != null && enclosures.stream().noneMatch(e -> e.url().equals(url))) {
                String type = Text.clean(content.getAttributeValue("type"));
                if (type == null && "image".equals(content.getAttributeValue("medium"))) {
                    type = "image/*";
                }
                enclosures.add(new Enclosure(url, type, positiveLong(content.getAttributeValue("fileSize"))));
            }
        }
        return enclosures;
    }

    /** A Media RSS thumbnail, else the first image enclosure or image media:content. */
    private static String image(Element element, List<Enclosure> enclosures) {
        return media(element, "thumbnail").stream().map(e -> Text.clean(e.getAttributeValue("url")))
                .filter(Objects::nonNull).findFirst()
                .or(() -> enclosures.stream().filter(e -> e.type() != null
                        && e.type().toLowerCase(Locale.ROOT).startsWith("image/")).map(Enclosure::url).findFirst())
                .orElse(null);
    }

    /** The {@code media:<name>} elements of an item, also those inside a {@code media:group}. */
    private static List<Element> media(Element element, String name) {
        if (element == null) {
            return List.of();
        }
        List<Element> found = new ArrayList<>(element.getChildren(name, MEDIA));
        for (Element group : element.getChildren("group", MEDIA)) {
            found.addAll(group.getChildren(name, MEDIA));
        }
        return found;
    }

    /** {@code <ttl>} (minutes), else {@code sy:updatePeriod} divided by {@code sy:updateFrequency}. */
    private static Optional<Duration> publisherInterval(Element root) {
        Element channel = Optional.ofNullable(child(root, "channel")).orElse(root);
        // Read from the document: Rome keeps <ttl> for RSS 2.0 only, but 0.9x feeds use it too.
        Long ttl = positiveLong(channel.getChildTextTrim("ttl"));
        if (ttl != null) {
            return Optional.of(Duration.ofMinutes(ttl));
        }
        String period = channel.getChildTextTrim("updatePeriod", SY);
        if (period == null) {
            return Optional.empty();
        }
        Duration length = switch (period.toLowerCase(Locale.ROOT)) {
            case "hourly" -> Duration.ofHours(1);
            case "daily" -> Duration.ofDays(1);
            case "weekly" -> Duration.ofDays(7);
            case "monthly" -> Duration.ofDays(30);
            case "yearly" -> Duration.ofDays(365);
            default -> null;
        };
        Long frequency = positiveLong(channel.getChildTextTrim("updateFrequency", SY));
        return Optional.ofNullable(length).map(l -> l.dividedBy(frequency == null ? 1 : frequency));
    }

    /** The trimmed text of the first child of {@code element} named one of {@code names}, in any namespace. */
    private static String text(Element element, String... names) {
        if (element == null) {
            return null;
        }
        for (String name : names) {
            for (Element child : element.getChildren()) {
                boolean known = child.getNamespace().equals(Namespace.NO_NAMESPACE) || child.getNamespace().equals(DC)
                        || child.getNamespace().equals(DCTERMS) || child.getNamespacePrefix().isEmpty();
                if (child.getName().equals(name) && known) {
                    return Text.clean(child.getText());
                }
            }
        }
        return null;
    }

    private static Element child(Element parent, String name) {
        return parent.getChildren().stream().filter(e -> e.getName().equals(name)).findFirst().orElse(null);
    }

    private static Long positiveLong(String text) {
        try {
            long value = text == null ? 0 : Long.parseLong(text.strip());
            return value > 0 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
