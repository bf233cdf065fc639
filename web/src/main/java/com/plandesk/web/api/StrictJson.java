package com.plandesk.web.api;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.function.Function;

/**
 * JSON as the API reads it: a boolean is true or false and a number is a number. JSON-B would read
 * {@code "autoRenew": "maybe"} as false and {@code "customerId": "456"} as 456; here either is a 400 that names
 * the field, and nothing is written.
 */
@Provider
public class StrictJson implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withDeserializers(
            new Booleans(), new Longs(), new Integers(), new Decimals()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }

    static final class Booleans implements JsonbDeserializer<Boolean> {
        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return strict(parser, "true or false", value -> value == JsonValue.TRUE ? Boolean.TRUE
                    : value == JsonValue.FALSE ? Boolean.FALSE : null);
        }
    }

    static final class Longs implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return strict(parser, "a whole number", value -> value instanceof JsonNumber number
                    ? number.longValueExact() : null);
        }
    }

    static final class Integers implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return strict(parser, "a whole number", value -> value instanceof JsonNumber number
                    ? number.intValueExact() : null);
        }
    }

    static final class Decimals implements JsonbDeserializer<BigDecimal> {
        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return strict(parser, "a number", value -> value instanceof JsonNumber number
                    ? number.bigDecimalValue() : null);
        }
    }

    /** The value, if it is of the one JSON type it may be; anything else is refused with what it should be. */
    private static <T> T strict(JsonParser parser, String expected, Function<JsonValue, T> read) {
        JsonValue value = parser.getValue();
        T result;
        try {
            result = read.apply(value);
        } catch (ArithmeticException e) {
            result = null;
        }
        if (result == null && value != JsonValue.NULL) {
            throw new JsonbException("must be " + expected + ", not " + (value instanceof JsonString text
                    ? "the text \"" + text.getString() + "\"" : value.toString()));
        }
        return result;
    }
}
