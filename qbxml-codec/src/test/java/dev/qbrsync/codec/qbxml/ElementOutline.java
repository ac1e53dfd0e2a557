package dev.qbrsync.codec.qbxml;

import dev.qbrsync.codec.xml.XmlFactories;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An XML document reduced to element names, with the comments written on the line where each element starts (that is
 * where Intuit's templates note "opt", "may rep" and the version that introduced an element).
 */
record ElementOutline(String name, String lineComment, List<ElementOutline> children) {

    static ElementOutline parse(String xml) {
        try {
            XMLStreamReader reader = XmlFactories.input().createXMLStreamReader(new StringReader(xml));
            Deque<Builder> open = new ArrayDeque<>();
            Map<Integer, Builder> startedOnLine = new HashMap<>();
            Builder root = null;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    Builder element = new Builder(reader.getLocalName());
                    if (open.isEmpty()) {
                        root = element;
                    } else {
                        open.peek().children.add(element);
                    }
                    open.push(element);
                    startedOnLine.putIfAbsent(reader.getLocation().getLineNumber(), element);
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    open.pop();
                } else if (event == XMLStreamConstants.COMMENT) {
                    Builder element = startedOnLine.get(reader.getLocation().getLineNumber());
                    if (element != null) {
                        element.comment.append(reader.getText());
                    }
                }
            }
            if (root == null) {
                throw new IllegalArgumentException("No element in the document");
            }
            return root.build();
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("Not well-formed XML: " + e.getMessage(), e);
        }
    }

    List<String> childNames() {
        return children.stream().map(ElementOutline::name).toList();
    }

    Optional<ElementOutline> child(String childName) {
        return children.stream().filter(child -> child.name.equals(childName)).findFirst();
    }

    private static final class Builder {
        private final String name;
        private final StringBuilder comment = new StringBuilder();
        private final List<Builder> children = new ArrayList<>();

        Builder(String name) {
            this.name = name;
        }

        ElementOutline build() {
            return new ElementOutline(name, comment.toString(), children.stream().map(Builder::build).toList());
        }
    }
}
