package dev.qbrsync.app.cli;

import java.util.List;

/** Minimal option parsing: {@code --name value} pairs and positional words. */
final class Arguments {
    private final List<String> words;

    Arguments(List<String> words) {
        this.words = words;
    }

    String option(String name, String fallback) {
        int at = words.indexOf(name);
        if (at < 0) {
            return fallback;
        }
        if (at + 1 >= words.size()) {
            throw new UsageException(name + " needs a value");
        }
        return words.get(at + 1);
    }

    /** Every value of an option that may be given more than once. */
    List<String> options(String name) {
        List<String> values = new java.util.ArrayList<>();
        for (int at = 0; at < words.size(); at++) {
            if (words.get(at).equals(name)) {
                if (at + 1 >= words.size()) {
                    throw new UsageException(name + " needs a value");
                }
                values.add(words.get(++at));
            }
        }
        return values;
    }

    int number(String name, int fallback) {
        String value = option(name, null);
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value);
            if (number < 1) {
                throw new UsageException(name + " must be positive");
            }
            return number;
        } catch (NumberFormatException e) {
            throw new UsageException(name + " must be a whole number, not '" + value + "'");
        }
    }

    String positional(int index, String what) {
        if (index >= words.size()) {
            throw new UsageException("missing " + what);
        }
        return words.get(index);
    }
}
