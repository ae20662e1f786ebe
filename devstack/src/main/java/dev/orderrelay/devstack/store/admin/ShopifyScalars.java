package dev.orderrelay.devstack.store.admin;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;

/**
 * Shopify's custom scalars, all carried as strings on the wire: DateTime (ISO-8601 UTC), Decimal (money amounts, so
 * never a lossy JSON number), UnsignedInt64 (ids above 2^53) and URL.
 */
final class ShopifyScalars {

    static final GraphQLScalarType DATE_TIME = scalar("DateTime", ShopifyScalars::dateTime);
    static final GraphQLScalarType DECIMAL = scalar("Decimal", ShopifyScalars::decimal);
    static final GraphQLScalarType UNSIGNED_INT64 = scalar("UnsignedInt64", ShopifyScalars::unsignedInt64);
    static final GraphQLScalarType URL =
            scalar("URL", value -> URI.create(value).toString());

    private ShopifyScalars() {}

    private static String dateTime(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant().toString();
        } catch (DateTimeParseException e) {
            return Instant.parse(value).toString();
        }
    }

    private static String decimal(String value) {
        return new BigDecimal(value).toPlainString();
    }

    private static String unsignedInt64(String value) {
        BigInteger number = new BigInteger(value);
        if (number.signum() < 0 || number.bitLength() > 64) {
            throw new IllegalArgumentException("not an unsigned 64-bit integer: " + value);
        }
        return number.toString();
    }

    /** A string-carried scalar: output is {@code normalize} of the value's text; input must normalize too. */
    private static GraphQLScalarType scalar(String name, Function<String, String> normalize) {
        return GraphQLScalarType.newScalar()
                .name(name)
                .coercing(new Coercing<Object, String>() {
                    @Override
                    public String serialize(Object value, GraphQLContext context, Locale locale) {
                        try {
                            return normalize.apply(text(value));
                        } catch (RuntimeException e) {
                            throw new CoercingSerializeException(name + " cannot serialize " + value, e);
                        }
                    }

                    @Override
                    public Object parseValue(Object input, GraphQLContext context, Locale locale) {
                        try {
                            return normalize.apply(String.valueOf(input));
                        } catch (RuntimeException e) {
                            throw new CoercingParseValueException("Invalid " + name + ": " + input, e);
                        }
                    }

                    @Override
                    public Object parseLiteral(
                            Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
                        if (!(input instanceof StringValue string)) {
                            throw new CoercingParseLiteralException(name + " literals are strings");
                        }
                        try {
                            return normalize.apply(string.getValue());
                        } catch (RuntimeException e) {
                            throw new CoercingParseLiteralException("Invalid " + name + ": " + string.getValue(), e);
                        }
                    }
                })
                .build();
    }

    private static String text(Object value) {
        return switch (value) {
            case BigDecimal decimal -> decimal.toPlainString();
            case Instant instant -> instant.toString();
            case OffsetDateTime time -> time.toInstant().toString();
            default -> String.valueOf(value);
        };
    }
}
