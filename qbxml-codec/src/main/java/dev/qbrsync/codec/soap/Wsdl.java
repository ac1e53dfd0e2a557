package dev.qbrsync.codec.soap;

import dev.qbrsync.codec.xml.XmlFactories;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.util.List;

/**
 * The service description QBWC and SOAP tools read: the eight Web Connector operations, document/literal, in
 * Intuit's namespace, with SOAP 1.1 and 1.2 bindings pointing at the configured address.
 */
public final class Wsdl {
    private static final String WSDL = "http://schemas.xmlsoap.org/wsdl/";
    private static final String XSD = "http://www.w3.org/2001/XMLSchema";
    private static final String SOAP11_BINDING = "http://schemas.xmlsoap.org/wsdl/soap/";
    private static final String SOAP12_BINDING = "http://schemas.xmlsoap.org/wsdl/soap12/";
    private static final String TNS = SoapResponseWriter.QBWC_NAMESPACE;
    private static final String SERVICE = "QBWebConnectorSvc";

    private record Parameter(String name, String type) {
        boolean required() {
            return type.equals("s:int");
        }
    }

    private record Operation(String name, List<Parameter> parameters, String resultType) {
    }

    private static final List<Operation> OPERATIONS = List.of(
            new Operation("serverVersion", List.of(), "s:string"),
            new Operation("clientVersion", List.of(text("strVersion")), "s:string"),
            new Operation("authenticate", List.of(text("strUserName"), text("strPassword")), "tns:ArrayOfString"),
            new Operation("connectionError", List.of(text("ticket"), text("hresult"), text("message")), "s:string"),
            new Operation("sendRequestXML", List.of(text("ticket"), text("strHCPResponse"), text("strCompanyFileName"),
                    text("qbXMLCountry"), new Parameter("qbXMLMajorVers", "s:int"),
                    new Parameter("qbXMLMinorVers", "s:int")), "s:string"),
            new Operation("receiveResponseXML", List.of(text("ticket"), text("response"), text("hresult"),
                    text("message")), "s:int"),
            new Operation("getLastError", List.of(text("ticket")), "s:string"),
            new Operation("closeConnection", List.of(text("ticket")), "s:string"));

    private final String serviceAddress;

    /** @param serviceAddress where the SOAP endpoint answers, e.g. {@code https://qbr.example.com/api/qbwc} */
    public Wsdl(String serviceAddress) {
        this.serviceAddress = serviceAddress;
    }

    private static Parameter text(String name) {
        return new Parameter(name, "s:string");
    }

    public String render() {
        StringWriter out = new StringWriter(16 * 1024);
        try {
            XMLStreamWriter w = XmlFactories.outputFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("wsdl", "definitions", WSDL);
            w.writeNamespace("wsdl", WSDL);
            w.writeNamespace("s", XSD);
            w.writeNamespace("soap", SOAP11_BINDING);
            w.writeNamespace("soap12", SOAP12_BINDING);
            w.writeNamespace("tns", TNS);
            w.writeAttribute("targetNamespace", TNS);
            types(w);
            messages(w);
            portType(w);
            binding(w, "QBWebConnectorSvcSoap", "soap", SOAP11_BINDING);
            binding(w, "QBWebConnectorSvcSoap12", "soap12", SOAP12_BINDING);
            service(w);
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Writing the WSDL failed", e);
        }
        return out.toString();
    }

    private static void types(XMLStreamWriter w) throws XMLStreamException {
        w.writeStartElement("wsdl", "types", WSDL);
        w.writeStartElement("s", "schema", XSD);
        w.writeAttribute("elementFormDefault", "qualified");
        w.writeAttribute("targetNamespace", TNS);
        for (Operation operation : OPERATIONS) {
            sequenceElement(w, operation.name(), operation.parameters());
            sequenceElement(w, operation.name() + "Response",
                    List.of(new Parameter(operation.name() + "Result", operation.resultType())));
        }
        w.writeStartElement("s", "complexType", XSD);
        w.writeAttribute("name", "ArrayOfString");
        w.writeStartElement("s", "sequence", XSD);
        w.writeEmptyElement("s", "element", XSD);
        w.writeAttribute("minOccurs", "0");
        w.writeAttribute("maxOccurs", "unbounded");
        w.writeAttribute("name", "string");
        w.writeAttribute("nillable", "true");
        w.writeAttribute("type", "s:string");
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void sequenceElement(XMLStreamWriter w, String name, List<Parameter> parameters)
            throws XMLStreamException {
        w.writeStartElement("s", "element", XSD);
        w.writeAttribute("name", name);
        w.writeStartElement("s", "complexType", XSD);
        if (!parameters.isEmpty()) {
            w.writeStartElement("s", "sequence", XSD);
            for (Parameter parameter : parameters) {
                w.writeEmptyElement("s", "element", XSD);
                w.writeAttribute("minOccurs", parameter.required() ? "1" : "0");
                w.writeAttribute("maxOccurs", "1");
                w.writeAttribute("name", parameter.name());
                w.writeAttribute("type", parameter.type());
            }
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void messages(XMLStreamWriter w) throws XMLStreamException {
        for (Operation operation : OPERATIONS) {
            message(w, operation.name() + "SoapIn", operation.name());
            message(w, operation.name() + "SoapOut", operation.name() + "Response");
        }
    }

    private static void message(XMLStreamWriter w, String name, String element) throws XMLStreamException {
        w.writeStartElement("wsdl", "message", WSDL);
        w.writeAttribute("name", name);
        w.writeEmptyElement("wsdl", "part", WSDL);
        w.writeAttribute("name", "parameters");
        w.writeAttribute("element", "tns:" + element);
        w.writeEndElement();
    }

    private static void portType(XMLStreamWriter w) throws XMLStreamException {
        w.writeStartElement("wsdl", "portType", WSDL);
        w.writeAttribute("name", "QBWebConnectorSvcSoap");
        for (Operation operation : OPERATIONS) {
            w.writeStartElement("wsdl", "operation", WSDL);
            w.writeAttribute("name", operation.name());
            w.writeEmptyElement("wsdl", "input", WSDL);
            w.writeAttribute("message", "tns:" + operation.name() + "SoapIn");
            w.writeEmptyElement("wsdl", "output", WSDL);
            w.writeAttribute("message", "tns:" + operation.name() + "SoapOut");
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    private static void binding(XMLStreamWriter w, String name, String prefix, String namespace)
            throws XMLStreamException {
        w.writeStartElement("wsdl", "binding", WSDL);
        w.writeAttribute("name", name);
        w.writeAttribute("type", "tns:QBWebConnectorSvcSoap");
        w.writeEmptyElement(prefix, "binding", namespace);
        w.writeAttribute("transport", "http://schemas.xmlsoap.org/soap/http");
        for (Operation operation : OPERATIONS) {
            w.writeStartElement("wsdl", "operation", WSDL);
            w.writeAttribute("name", operation.name());
            w.writeEmptyElement(prefix, "operation", namespace);
            w.writeAttribute("soapAction", TNS + operation.name());
            w.writeAttribute("style", "document");
            for (String direction : List.of("input", "output")) {
                w.writeStartElement("wsdl", direction, WSDL);
                w.writeEmptyElement(prefix, "body", namespace);
                w.writeAttribute("use", "literal");
                w.writeEndElement();
            }
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    private void service(XMLStreamWriter w) throws XMLStreamException {
        w.writeStartElement("wsdl", "service", WSDL);
        w.writeAttribute("name", SERVICE);
        port(w, "QBWebConnectorSvcSoap", "soap", SOAP11_BINDING);
        port(w, "QBWebConnectorSvcSoap12", "soap12", SOAP12_BINDING);
        w.writeEndElement();
    }

    private void port(XMLStreamWriter w, String binding, String prefix, String namespace) throws XMLStreamException {
        w.writeStartElement("wsdl", "port", WSDL);
        w.writeAttribute("name", binding);
        w.writeAttribute("binding", "tns:" + binding);
        w.writeEmptyElement(prefix, "address", namespace);
        w.writeAttribute("location", serviceAddress);
        w.writeEndElement();
    }
}
