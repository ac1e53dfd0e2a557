package dev.qbrsync.persistence.json;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.qbrsync.core.metrics.KeptValue;
import dev.qbrsync.core.qbr.MetricKey;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/** {@code kept_values} as the values a person entered that a sync kept, each metric by its code; NULL reads as none. */
public final class KeptValuesConverter extends JsonbConverter<List<KeptValue>> {
    private static final TypeReference<List<KeptValueJson>> LIST = new TypeReference<>() { };

    @SuppressWarnings({"unchecked", "rawtypes"})
    public KeptValuesConverter() {
        super((Class) List.class);
    }

    @Override
    List<KeptValue> whenNull() {
        return List.of();
    }

    @Override
    List<KeptValue> read(String json) {
        return StoredJson.read(json, LIST).stream().map(KeptValueJson::toKeptValue).toList();
    }

    @Override
    Object toJson(List<KeptValue> keptValues) {
        return keptValues.stream().map(KeptValueJson::of).toList();
    }

    record KeptValueJson(YearMonth month, String metric, BigDecimal kept, String keptBy, BigDecimal quickBooksValue) {
        static KeptValueJson of(KeptValue kept) {
            return new KeptValueJson(kept.month(), kept.key().code(), kept.kept(), kept.keptBy(),
                    kept.quickBooksValue());
        }

        KeptValue toKeptValue() {
            return new KeptValue(month, MetricKey.fromCode(metric).orElseThrow(), kept, keptBy, quickBooksValue);
        }
    }
}
