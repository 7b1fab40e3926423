package org.factdesk.report;

/** An immutable JSON path ({@code $.documents[0].claims[3]}) built up while walking a report, for error messages. */
final class JsonPath {

    static final JsonPath ROOT = new JsonPath(null, null, -1);

    private final JsonPath parent;
    private final String field;
    private final int index;

    private JsonPath(JsonPath parent, String field, int index) {
        this.parent = parent;
        this.field = field;
        this.index = index;
    }

    JsonPath field(String name) {
        return new JsonPath(this, name, -1);
    }

    JsonPath index(int position) {
        return new JsonPath(this, null, position);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        append(out);
        return out.toString();
    }

    private void append(StringBuilder out) {
        if (parent == null) {
            out.append('$');
            return;
        }
        parent.append(out);
        if (field == null) {
            out.append('[').append(index).append(']');
        } else if (field.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            out.append('.').append(field);
        } else {
            out.append("['").append(field.replace("\\", "\\\\").replace("'", "\\'")).append("']");
        }
    }
}
