package dev.lifeguard.desktop.chartexport;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Reads exported SVG in tests: a real XML parse, offline (JFreeSVG names the SVG 1.1 DTD). */
public final class Svg {

    private Svg() {}

    /** Parses {@code svg}, failing the test when it is not well-formed XML. */
    public static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    /** The content of every {@code <text>} element, in document order. */
    public static List<String> texts(String svg) throws Exception {
        NodeList nodes = parse(svg).getElementsByTagName("text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
