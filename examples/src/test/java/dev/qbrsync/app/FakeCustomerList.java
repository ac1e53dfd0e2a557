package dev.qbrsync.app;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * QuickBooks' customer list as a test sees it: answers CustomerQueryRq the way QuickBooks does, page by page through
 * an iterator when asked for one ({@code iterator="Start"}, then {@code "Continue"} with the {@code iteratorID} it
 * gave, {@code MaxReturned} records a page, {@code iteratorRemainingCount} on each), the whole list otherwise.
 */
final class FakeCustomerList {
    private static final Pattern QUERY = Pattern.compile("<CustomerQueryRq requestID=\"([^\"]+)\"(?: iterator=\""
            + "(Start|Continue)\")?(?: iteratorID=\"([^\"]+)\")?>(.*?)</CustomerQueryRq>", Pattern.DOTALL);
    private static final Pattern PAGE_SIZE = Pattern.compile("<MaxReturned>(\\d+)</MaxReturned>");

    private final int count;
    /** Where each open iterator stands: the records already handed out. */
    private final Map<String, Integer> iterators = new ConcurrentHashMap<>();

    FakeCustomerList(int count) {
        this.count = count;
    }

    static String listId(int index) {
        return String.format("%08X-1199999999", 0x80000000L + index);
    }

    static String fullName(int index) {
        return String.format("Smith & Sons %04d", index);
    }

    /** The CustomerQueryRs answering the message's CustomerQueryRq, "" when it has none. */
    String answer(String requestMessage) {
        Matcher query = QUERY.matcher(requestMessage);
        if (!query.find()) {
            return "";
        }
        String requestId = query.group(1);
        if (query.group(2) == null) {
            return response(requestId, 0, count, "");
        }
        Matcher pageSize = PAGE_SIZE.matcher(query.group(4));
        int size = pageSize.find() ? Integer.parseInt(pageSize.group(1)) : count;
        String iterator = query.group(2).equals("Start") ? "{" + UUID.randomUUID() + "}" : query.group(3);
        Integer from = query.group(2).equals("Start") ? Integer.valueOf(0) : iterators.get(iterator);
        if (from == null) {
            return "<CustomerQueryRs requestID=\"" + requestId + "\" statusCode=\"3170\" statusSeverity=\"Error\" "
                    + "statusMessage=\"There is no iterator with that iteratorID\"/>";
        }
        int to = Math.min(count, from + size);
        iterators.put(iterator, to);
        return response(requestId, from, to, " iteratorRemainingCount=\"" + (count - to) + "\" iteratorID=\""
                + iterator + "\"");
    }

    private static String response(String requestId, int from, int to, String iteratorAttributes) {
        String records = IntStream.range(from, to).mapToObj(index -> "<CustomerRet><ListID>" + listId(index)
                + "</ListID><Name>" + fullName(index).replace("&", "&amp;") + "</Name><FullName>"
                + fullName(index).replace("&", "&amp;") + "</FullName><IsActive>" + (index % 10 != 0)
                + "</IsActive></CustomerRet>").collect(Collectors.joining());
        return "<CustomerQueryRs requestID=\"" + requestId + "\" statusCode=\"0\" statusSeverity=\"Info\" "
                + "statusMessage=\"Status OK\"" + iteratorAttributes + ">" + records + "</CustomerQueryRs>";
    }

    List<String> openIterators() {
        return List.copyOf(iterators.keySet());
    }
}
