package dev.qbrsync.codec.qbxml;

import dev.qbrsync.codec.xml.StaxReading;
import dev.qbrsync.core.plan.SyncTask;
import dev.qbrsync.core.quickbooks.MalformedQbxmlException;
import dev.qbrsync.core.quickbooks.QbxmlStatus;
import dev.qbrsync.core.quickbooks.QuickBooksResponse;
import dev.qbrsync.core.report.Employee;
import dev.qbrsync.core.report.EmployeeRoster;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams the EmployeeQueryRs that answers our request (its requestID must be ours) into the roster; statusCode 1 (no
 * match) is an empty roster, not a failure: a company without employees has none.
 */
public final class EmployeeListReader {

    public QuickBooksResponse read(String qbxml) {
        try (QbxmlDocument document = QbxmlDocument.open(qbxml)) {
            QbxmlStatus status = document.moveToResponse("EmployeeQueryRs", new SyncTask.EmployeeList().encode());
            if (status.isError()) {
                return new QuickBooksResponse.Refused(status);
            }
            List<Employee> employees = new ArrayList<>();
            XMLStreamReader reader = document.reader();
            while (StaxReading.nextChild(reader)) {
                if (reader.getLocalName().equals("EmployeeRet")) {
                    employees.add(employee(reader));
                } else {
                    StaxReading.skipElement(reader);
                }
            }
            return new QuickBooksResponse.EmployeesReceived(status, new EmployeeRoster(employees));
        } catch (XMLStreamException e) {
            throw QbxmlDocument.unreadable(e);
        }
    }

    private static Employee employee(XMLStreamReader reader) throws XMLStreamException {
        String listId = null;
        String name = null;
        boolean active = true;
        LocalDate hired = null;
        LocalDate released = null;
        while (StaxReading.nextChild(reader)) {
            switch (reader.getLocalName()) {
                case "ListID" -> listId = reader.getElementText().trim();
                case "Name" -> name = reader.getElementText().trim();
                case "IsActive" -> active = Boolean.parseBoolean(reader.getElementText().trim());
                case "HiredDate" -> hired = date("HiredDate", reader.getElementText());
                case "ReleasedDate" -> released = date("ReleasedDate", reader.getElementText());
                default -> StaxReading.skipElement(reader);
            }
        }
        if (listId == null || name == null) {
            throw new MalformedQbxmlException("An EmployeeRet lacks its ListID or Name.");
        }
        return new Employee(listId, name, active, hired, released);
    }

    private static LocalDate date(String field, String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new MalformedQbxmlException(field + " '" + text.trim() + "' is not a date (YYYY-MM-DD).");
        }
    }
}
