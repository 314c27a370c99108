package app.glance.inference.ort;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rewrites an ONNX model's hard-swish activations, exported by Paddle as four operators, {@code Div(Mul(x,
 * Clip(Add(x, 3), 0, 6)), 6)}, into two: {@code Mul(x, HardSigmoid(x))} with alpha 1/6 and beta 1/2, which is the
 * same function. ONNX Runtime fuses neither form into one kernel, and each operator is a pass over the whole
 * activation: in PP-OCR v3's recogniser the four took 31 % of a line's time. With two, a line 200-1300 pixels wide
 * took 20-28 % less time on one core, the OCR benchmark's median screen 439-454 ms instead of 571 (stop 34), and the
 * words, lines and reading order it found were the same; the outputs differ by less than 1e-5.
 *
 * <p>The model is edited in its protobuf encoding: the graph's nodes are decoded only as far as the rewrite needs
 * (names, operator, the value of a scalar {@code Constant}), everything else is copied byte for byte. The constants
 * that only the removed operators used are dropped, so that ONNX Runtime does not warn about them. A model with
 * subgraphs ({@code If}, {@code Loop}, {@code Scan}, whose nodes may use the graph's names) is left as it is.
 */
final class HardSwishFusion {

    /** The model after the rewrite, and how many activations were rewritten (0: {@code model} is the input). */
    record Fused(byte[] model, int count) {
    }

    private static final int MODEL_GRAPH = 7;
    private static final int GRAPH_NODE = 1;
    private static final int GRAPH_OUTPUT = 12;
    private static final int NODE_INPUT = 1;
    private static final int NODE_OUTPUT = 2;
    private static final int NODE_NAME = 3;
    private static final int NODE_OP = 4;
    private static final int NODE_ATTRIBUTE = 5;
    private static final int NODE_DOMAIN = 7;
    private static final int ATTRIBUTE_NAME = 1;
    private static final int ATTRIBUTE_FLOAT = 2;
    private static final int ATTRIBUTE_TENSOR = 5;
    private static final int ATTRIBUTE_TYPE = 20;
    private static final int ATTRIBUTE_TYPE_FLOAT = 1;
    private static final int TENSOR_DIMS = 1;
    private static final int TENSOR_TYPE = 2;
    private static final int TENSOR_FLOATS = 4;
    private static final int TENSOR_RAW = 9;
    private static final int TENSOR_TYPE_FLOAT = 1;
    private static final int VALUE_INFO_NAME = 1;

    private static final int VARINT = 0;
    private static final int FIXED64 = 1;
    private static final int BYTES = 2;
    private static final int FIXED32 = 5;

    private HardSwishFusion() {
    }

    /**
     * {@code model} (an ONNX file's bytes) with its hard-swish activations rewritten.
     *
     * @throws IllegalArgumentException when {@code model} is not a well-formed protobuf message
     */
    static Fused apply(byte[] model) {
        List<Field> top = Field.all(model, 0, model.length);
        Field graph = null;
        for (Field f : top) {
            if (f.number == MODEL_GRAPH && f.wire == BYTES) {
                graph = f;
            }
        }
        if (graph == null) {
            throw new IllegalArgumentException("the model has no graph");
        }
        List<Field> graphFields = Field.all(model, graph.from, graph.to);
        List<Node> nodes = new ArrayList<>();
        Set<String> graphOutputs = new HashSet<>();
        for (Field f : graphFields) {
            if (f.number == GRAPH_NODE && f.wire == BYTES) {
                Node n = Node.parse(model, f);
                if (SUBGRAPHS.contains(n.op)) {
                    return new Fused(model, 0);
                }
                nodes.add(n);
            } else if (f.number == GRAPH_OUTPUT && f.wire == BYTES) {
                for (Field v : Field.all(model, f.from, f.to)) {
                    if (v.number == VALUE_INFO_NAME && v.wire == BYTES) {
                        graphOutputs.add(v.text(model));
                    }
                }
            }
        }
        Map<String, Node> producer = new HashMap<>();
        Map<String, List<Node>> users = new HashMap<>();
        for (Node n : nodes) {
            for (String o : n.outputs) {
                producer.put(o, n);
            }
            for (String i : n.inputs) {
                users.computeIfAbsent(i, k -> new ArrayList<>(1)).add(n);
            }
        }
        Map<Node, Activation> byAdd = new HashMap<>();
        Set<Node> gone = new HashSet<>(); // the four operators of each activation
        for (Node n : nodes) {
            Activation a = n.op.equals("Clip") && n.standard ? activation(model, n, producer, users, graphOutputs)
                    : null;
            if (a != null) {
                byAdd.put(a.add(), a);
                gone.addAll(List.of(a.add(), a.clip(), a.mul(), a.div()));
            }
        }
        if (byAdd.isEmpty()) {
            return new Fused(model, 0);
        }
        // what the graph still uses: its outputs, the inputs of the nodes kept, and each activation's x
        Set<String> used = new HashSet<>(graphOutputs);
        for (Node n : nodes) {
            if (!gone.contains(n)) {
                used.addAll(n.inputs);
            }
        }
        for (Activation a : byAdd.values()) {
            used.add(a.x());
        }
        // the new graph: the nodes kept as they were encoded, two for each activation, then the graph's other fields
        Pieces newGraph = new Pieces(model);
        for (Node n : nodes) {
            Activation a = byAdd.get(n);
            if (a != null) {
                String y = a.div().outputs.get(0);
                String gate = y + "_hardsigmoid";
                while (producer.containsKey(gate) || users.containsKey(gate) || graphOutputs.contains(gate)) {
                    gate = gate + "_"; // a name the graph does not use yet
                }
                newGraph.add(field(GRAPH_NODE, node("HardSigmoid", List.of(a.x()), gate, gate,
                        new String[] {"alpha", "beta"}, new float[] {1f / 6, 0.5f})));
                newGraph.add(field(GRAPH_NODE, node("Mul", List.of(a.x(), gate), y, y + "_hardswish",
                        new String[0], new float[0])));
            } else if (!gone.contains(n) && !(n.op.equals("Constant") && unused(n, users, used))) {
                newGraph.add(n.start, n.to);
            }
        }
        for (Field f : graphFields) {
            if (f.number != GRAPH_NODE) {
                newGraph.add(f.start, f.to);
            }
        }
        Pieces out = new Pieces(model);
        for (Field f : top) {
            if (f == graph) {
                out.add(tag(MODEL_GRAPH, BYTES, newGraph.length()));
                out.add(newGraph);
            } else {
                out.add(f.start, f.to);
            }
        }
        return new Fused(out.bytes(), byAdd.size());
    }

    /** Operators whose attributes hold graphs, whose nodes may use this graph's names. */
    private static final Set<String> SUBGRAPHS = Set.of("If", "Loop", "Scan");

    /** One activation's operators, and the value it acts on. */
    private record Activation(Node add, Node clip, Node mul, Node div, String x) {
    }

    /** Whether nothing {@code used} is an output of {@code constant}, which something used before. */
    private static boolean unused(Node constant, Map<String, List<Node>> users, Set<String> used) {
        boolean usedBefore = false;
        for (String o : constant.outputs) {
            if (used.contains(o)) {
                return false;
            }
            usedBefore |= users.containsKey(o);
        }
        return usedBefore; // a constant that nothing used before is left as it was
    }

    /**
     * The activation {@code Div(Mul(x, Clip(Add(x, 3), 0, 6)), 6)} around {@code clip}, whose intermediate values
     * nothing else uses; null when {@code clip} is not in one.
     */
    private static Activation activation(byte[] model, Node clip, Map<String, Node> producer,
                                         Map<String, List<Node>> users, Set<String> graphOutputs) {
        if (clip.inputs.size() != 3 || !constant(model, producer, clip.inputs.get(1), 0)
                || !constant(model, producer, clip.inputs.get(2), 6)) {
            return null;
        }
        Node add = producer.get(clip.inputs.get(0));
        if (add == null || !add.op.equals("Add") || !add.standard || add.inputs.size() != 2
                || onlyUser(add, users, graphOutputs) != clip) {
            return null;
        }
        int three = constant(model, producer, add.inputs.get(1), 3) ? 1
                : constant(model, producer, add.inputs.get(0), 3) ? 0 : -1;
        if (three < 0) {
            return null;
        }
        String x = add.inputs.get(1 - three);
        String gate = clip.outputs.get(0);
        Node mul = onlyUser(clip, users, graphOutputs);
        if (mul == null || !mul.op.equals("Mul") || !mul.standard || mul.inputs.size() != 2
                || !(mul.inputs.get(0).equals(x) && mul.inputs.get(1).equals(gate)
                    || mul.inputs.get(0).equals(gate) && mul.inputs.get(1).equals(x))) {
            return null;
        }
        Node div = onlyUser(mul, users, graphOutputs);
        if (div == null || !div.op.equals("Div") || !div.standard || div.inputs.size() != 2
                || !div.inputs.get(0).equals(mul.outputs.get(0)) || !constant(model, producer, div.inputs.get(1), 6)) {
            return null;
        }
        return new Activation(add, clip, mul, div, x);
    }

    /** The one node that uses {@code n}'s one output, which is no output of the graph; else null. */
    private static Node onlyUser(Node n, Map<String, List<Node>> users, Set<String> graphOutputs) {
        if (n.outputs.size() != 1 || graphOutputs.contains(n.outputs.get(0))) {
            return null;
        }
        List<Node> u = users.getOrDefault(n.outputs.get(0), List.of());
        return u.size() == 1 ? u.get(0) : null;
    }

    /** Whether {@code name} is the output of a {@code Constant} node holding the one float {@code value}. */
    private static boolean constant(byte[] model, Map<String, Node> producer, String name, float value) {
        Node n = producer.get(name);
        if (n == null || !n.op.equals("Constant") || !n.standard) {
            return false;
        }
        Float v = n.scalar(model);
        return v != null && v == value;
    }

    /** A node with float attributes {@code names}, {@code values}, encoded. */
    static byte[] node(String op, List<String> inputs, String output, String name, String[] names,
                               float[] values) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String i : inputs) {
            out.writeBytes(field(NODE_INPUT, i.getBytes(StandardCharsets.UTF_8)));
        }
        out.writeBytes(field(NODE_OUTPUT, output.getBytes(StandardCharsets.UTF_8)));
        out.writeBytes(field(NODE_NAME, name.getBytes(StandardCharsets.UTF_8)));
        out.writeBytes(field(NODE_OP, op.getBytes(StandardCharsets.UTF_8)));
        for (int a = 0; a < names.length; a++) {
            ByteArrayOutputStream attribute = new ByteArrayOutputStream();
            attribute.writeBytes(field(ATTRIBUTE_NAME, names[a].getBytes(StandardCharsets.UTF_8)));
            attribute.writeBytes(tag(ATTRIBUTE_FLOAT, FIXED32, -1));
            attribute.writeBytes(ByteBuffer.allocate(Float.BYTES).order(ByteOrder.LITTLE_ENDIAN).putFloat(values[a])
                    .array());
            attribute.writeBytes(tag(ATTRIBUTE_TYPE, VARINT, -1));
            attribute.writeBytes(varint(ATTRIBUTE_TYPE_FLOAT));
            out.writeBytes(field(NODE_ATTRIBUTE, attribute.toByteArray()));
        }
        return out.toByteArray();
    }

    /** A length-delimited field: its tag, its length, {@code bytes}. */
    static byte[] field(int number, byte[] bytes) {
        byte[] head = tag(number, BYTES, bytes.length);
        byte[] f = Arrays.copyOf(head, head.length + bytes.length);
        System.arraycopy(bytes, 0, f, head.length, bytes.length);
        return f;
    }

    /** A field's tag, followed for a length-delimited one by {@code length}. */
    private static byte[] tag(int number, int wire, long length) {
        byte[] t = varint(((long) number << 3) | wire);
        if (wire != BYTES) {
            return t;
        }
        byte[] l = varint(length);
        byte[] both = Arrays.copyOf(t, t.length + l.length);
        System.arraycopy(l, 0, both, t.length, l.length);
        return both;
    }

    static byte[] varint(long value) {
        byte[] b = new byte[10];
        int n = 0;
        long v = value;
        while ((v & ~0x7FL) != 0) {
            b[n++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        b[n++] = (byte) v;
        return Arrays.copyOf(b, n);
    }

    /**
     * Bytes to be written one after another: ranges of the model and new pieces, copied once into an array of the
     * exact length (a recogniser's weights are megabytes).
     */
    private static final class Pieces {
        private final byte[] model;
        private final List<Object> parts = new ArrayList<>(); // int[] {start, end} of the model, byte[] or Pieces
        private long length;

        Pieces(byte[] model) {
            this.model = model;
        }

        void add(int start, int end) {
            parts.add(new int[] {start, end});
            length += end - start;
        }

        void add(byte[] piece) {
            parts.add(piece);
            length += piece.length;
        }

        void add(Pieces pieces) {
            parts.add(pieces);
            length += pieces.length;
        }

        long length() {
            return length;
        }

        byte[] bytes() {
            if (length > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("the rewritten model would be over 2 GB");
            }
            byte[] out = new byte[(int) length];
            int at = copyInto(out, 0);
            assert at == out.length;
            return out;
        }

        private int copyInto(byte[] out, int at) {
            int p = at;
            for (Object part : parts) {
                if (part instanceof int[] range) {
                    System.arraycopy(model, range[0], out, p, range[1] - range[0]);
                    p += range[1] - range[0];
                } else if (part instanceof byte[] piece) {
                    System.arraycopy(piece, 0, out, p, piece.length);
                    p += piece.length;
                } else {
                    p = ((Pieces) part).copyInto(out, p);
                }
            }
            return p;
        }
    }

    /** One node as far as the rewrite reads it: names and operator, and where its encoding lies. */
    private static final class Node {
        final List<String> inputs = new ArrayList<>(2);
        final List<String> outputs = new ArrayList<>(1);
        String op = "";
        /** Whether the operator is ONNX's own (no domain, or "ai.onnx"), not a namesake from another domain. */
        boolean standard = true;
        /** Where the node's field starts (its tag) and ends in the model. */
        final int start;
        final int to;
        /** A {@code Constant}'s attributes, read only when its value is asked for. */
        private final List<Field> attributes = new ArrayList<>(1);
        private boolean scalarRead;
        private Float scalar;

        private Node(int start, int to) {
            this.start = start;
            this.to = to;
        }

        static Node parse(byte[] model, Field node) {
            Node n = new Node(node.start, node.to);
            for (Field f : Field.all(model, node.from, node.to)) {
                if (f.wire != BYTES) {
                    continue;
                }
                switch (f.number) {
                    case NODE_INPUT -> n.inputs.add(f.text(model));
                    case NODE_OUTPUT -> n.outputs.add(f.text(model));
                    case NODE_OP -> n.op = f.text(model);
                    case NODE_ATTRIBUTE -> n.attributes.add(f);
                    case NODE_DOMAIN -> n.standard = f.text(model).isEmpty() || f.text(model).equals("ai.onnx");
                    default -> { }
                }
            }
            return n;
        }

        /** A {@code Constant}'s value when it is one float, else null. */
        Float scalar(byte[] model) {
            if (!scalarRead) {
                scalarRead = true;
                for (Field a : attributes) {
                    Float v = scalar(model, a);
                    scalar = v != null ? v : scalar;
                }
            }
            return scalar;
        }

        /** The float of a {@code value} attribute holding a float tensor of one element; else null. */
        private static Float scalar(byte[] model, Field attribute) {
            String name = "";
            Field tensor = null;
            for (Field f : Field.all(model, attribute.from, attribute.to)) {
                if (f.number == ATTRIBUTE_NAME && f.wire == BYTES) {
                    name = f.text(model);
                } else if (f.number == ATTRIBUTE_TENSOR && f.wire == BYTES) {
                    tensor = f;
                }
            }
            if (!name.equals("value") || tensor == null) {
                return null;
            }
            long elements = 1;
            long type = -1;
            Float value = null;
            int values = 0;
            for (Field f : Field.all(model, tensor.from, tensor.to)) {
                if (f.number == TENSOR_DIMS && f.wire == VARINT) {
                    elements *= f.value;
                } else if (f.number == TENSOR_DIMS && f.wire == BYTES) { // packed
                    for (Field d : Field.varints(model, f.from, f.to)) {
                        elements *= d.value;
                    }
                } else if (f.number == TENSOR_TYPE && f.wire == VARINT) {
                    type = f.value;
                } else if (f.number == TENSOR_FLOATS && f.wire == FIXED32) {
                    value = Float.intBitsToFloat((int) f.value);
                    values++;
                } else if ((f.number == TENSOR_FLOATS || f.number == TENSOR_RAW) && f.wire == BYTES) {
                    values += (f.to - f.from) / Float.BYTES;
                    if (f.to - f.from == Float.BYTES) {
                        value = ByteBuffer.wrap(model, f.from, Float.BYTES).order(ByteOrder.LITTLE_ENDIAN).getFloat();
                    }
                }
            }
            return type == TENSOR_TYPE_FLOAT && elements == 1 && values == 1 ? value : null;
        }
    }

    /**
     * One field of a protobuf message: its number and wire type, where it starts (its tag), where its payload lies
     * ({@code from}, {@code to}: the bytes of a length-delimited field, the encoding of a number), and the number.
     */
    private record Field(int number, int wire, int start, int from, int to, long value) {

        Field(int number, int wire, int start, int from, int to) {
            this(number, wire, start, from, to, 0);
        }

        String text(byte[] bytes) {
            return new String(bytes, from, to - from, StandardCharsets.UTF_8);
        }

        /** The fields of the message encoded in {@code bytes[from, to)}. */
        static List<Field> all(byte[] bytes, int from, int to) {
            List<Field> fields = new ArrayList<>();
            int[] at = {from};
            while (at[0] < to) {
                int start = at[0];
                long tag = varint(bytes, at, to);
                int number = (int) (tag >>> 3);
                int wire = (int) (tag & 7);
                if (number < 1) {
                    throw new IllegalArgumentException("not a protobuf message: field number 0 at byte " + start);
                }
                switch (wire) {
                    case VARINT -> {
                        int p = at[0];
                        long v = varint(bytes, at, to);
                        fields.add(new Field(number, wire, start, p, at[0], v));
                    }
                    case FIXED64 -> fields.add(fixed(bytes, at, to, number, wire, start, 8));
                    case BYTES -> {
                        long length = varint(bytes, at, to);
                        if (length < 0 || length > to - at[0]) {
                            throw new IllegalArgumentException("not a protobuf message: field " + number
                                    + " at byte " + start + " runs past the end");
                        }
                        fields.add(new Field(number, wire, start, at[0], at[0] + (int) length));
                        at[0] += (int) length;
                    }
                    case FIXED32 -> fields.add(fixed(bytes, at, to, number, wire, start, 4));
                    default -> throw new IllegalArgumentException("not a protobuf message: wire type " + wire
                            + " at byte " + start);
                }
            }
            return fields;
        }

        /** The varints packed in {@code bytes[from, to)}, as fields of number 0. */
        static List<Field> varints(byte[] bytes, int from, int to) {
            List<Field> values = new ArrayList<>();
            int[] at = {from};
            while (at[0] < to) {
                int p = at[0];
                values.add(new Field(0, VARINT, p, p, at[0], varint(bytes, at, to)));
            }
            return values;
        }

        private static Field fixed(byte[] bytes, int[] at, int to, int number, int wire, int start, int size) {
            if (to - at[0] < size) {
                throw new IllegalArgumentException("not a protobuf message: field " + number + " at byte " + start
                        + " runs past the end");
            }
            long v = 0;
            for (int i = size - 1; i >= 0; i--) {
                v = (v << 8) | (bytes[at[0] + i] & 0xFF);
            }
            Field f = new Field(number, wire, start, at[0], at[0] + size, v);
            at[0] += size;
            return f;
        }

        private static long varint(byte[] bytes, int[] at, int to) {
            long v = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                if (at[0] >= to) {
                    throw new IllegalArgumentException("not a protobuf message: a number runs past the end");
                }
                byte b = bytes[at[0]++];
                v |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return v;
                }
            }
            throw new IllegalArgumentException("not a protobuf message: a number of more than ten bytes");
        }
    }
}
