package dev.qbrsync.persistence.json;

import org.jooq.JSONB;
import org.jooq.impl.AbstractConverter;

/** A jsonb column read and written as {@code T} through {@link StoredJson}; SQL NULL is {@link #whenNull()}. */
abstract class JsonbConverter<T> extends AbstractConverter<JSONB, T> {
    JsonbConverter(Class<T> type) {
        super(JSONB.class, type);
    }

    @Override
    public final T from(JSONB stored) {
        return stored == null ? whenNull() : read(stored.data());
    }

    @Override
    public final JSONB to(T value) {
        Object json = value == null ? null : toJson(value);
        return json == null ? null : JSONB.valueOf(StoredJson.write(json));
    }

    abstract T whenNull();

    abstract T read(String json);

    /** What Jackson writes for {@code value}; null to store SQL NULL. */
    abstract Object toJson(T value);
}
