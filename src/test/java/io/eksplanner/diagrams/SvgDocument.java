package io.eksplanner.diagrams;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** An SVG parsed as XML (so ill-formed output fails the test), read with XPath; {@code .name} matches a class. */
public final class SvgDocument {

    private final Document document;

    private SvgDocument(Document document) {
        this.document = document;
    }

    public static SvgDocument parse(String svg) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new SvgDocument(
                    factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** An XPath predicate: the element has CSS class {@code name}. */
    public static String hasClass(String name) {
        return "contains(concat(' ', normalize-space(@class), ' '), ' " + name + " ')";
    }

    public int count(String xpath) {
        return nodes(xpath).getLength();
    }

    /** The text content of each node {@code xpath} selects. */
    public List<String> texts(String xpath) {
        var nodes = nodes(xpath);
        var texts = new ArrayList<String>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    public String rootName() {
        return document.getDocumentElement().getLocalName() == null
                ? document.getDocumentElement().getNodeName()
                : document.getDocumentElement().getLocalName();
    }

    private NodeList nodes(String xpath) {
        try {
            return (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, document, XPathConstants.NODESET);
        } catch (Exception e) {
            throw new AssertionError("bad XPath " + xpath, e);
        }
    }
}
