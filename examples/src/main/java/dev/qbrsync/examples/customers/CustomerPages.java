package dev.qbrsync.examples.customers;

import dev.qbrsync.codec.xml.StaxReading;
import dev.qbrsync.codec.xml.XmlFactories;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/** Reads the CustomerRet records out of the pages of a CustomerQueryRs answer, with the codec's hardened parser. */
final class CustomerPages {

    private CustomerPages() {
    }

    static List<Customer> read(List<String> pages) {
        List<Customer> customers = new ArrayList<>();
        for (String page : pages) {
            try {
                XMLStreamReader reader = XmlFactories.input().createXMLStreamReader(new StringReader(page));
                while (StaxReading.nextStartElement(reader)) {
                    if (reader.getLocalName().equals("CustomerRet")) {
                        customers.add(customer(reader));
                    }
                }
                reader.close();
            } catch (XMLStreamException e) {
                throw new IllegalArgumentException("A page of the customer list is not XML: " + e.getMessage(), e);
            }
        }
        return customers;
    }

    private static Customer customer(XMLStreamReader reader) throws XMLStreamException {
        String listId = null;
        String fullName = null;
        boolean active = true;
        while (StaxReading.nextChild(reader)) {
            switch (reader.getLocalName()) {
                case "ListID" -> listId = reader.getElementText().trim();
                case "FullName" -> fullName = reader.getElementText().trim();
                case "IsActive" -> active = Boolean.parseBoolean(reader.getElementText().trim());
                default -> StaxReading.skipElement(reader);
            }
        }
        if (listId == null || fullName == null) {
            throw new IllegalArgumentException("A CustomerRet lacks its ListID or FullName.");
        }
        return new Customer(listId, fullName, active);
    }
}
