package app.glance.inference.frame;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A boosted cascade of Haar-like features in OpenCV's XML format (OpenCV 2.4 and later: {@code <cascade>} with
 * {@code <stages>} of weak trees and a table of {@code <features>}), evaluated as OpenCV's {@code CascadeClassifier}
 * evaluates one window: each feature is a weighted sum of rectangle sums, divided by the window's standard deviation
 * times its area (the window less a one-pixel border); each weak tree walks its nodes to a leaf value; a stage passes
 * when its leaves add up to its threshold. Only upright features are supported (the frontal face cascades have no
 * tilted ones); a cascade with tilted features, or of another kind (LBP), is refused.
 */
final class HaarCascade {

    /** OpenCV lowers every stage's threshold by this much when it reads a cascade. */
    private static final double THRESHOLD_EPS = 1e-5;

    /**
     * The cascade, flattened for speed. Node n of all the trees compares feature nodeFeature[n] with
     * nodeThreshold[n] and goes to nodeLeft[n] (below) or nodeRight[n]: a positive value is the next node of the same
     * tree (counted from the tree's first node, treeNode[t]), zero or less the leaf at its negation (counted from
     * treeLeaf[t]). Stage s holds trees stageTree[s] to stageTree[s + 1] - 1.
     */
    private final int[] nodeFeature;
    private final double[] nodeThreshold;
    private final int[] nodeLeft;
    private final int[] nodeRight;
    private final double[] leaves;
    private final int[] treeNode;
    private final int[] treeLeaf;
    private final int[] stageTree;
    private final double[] stageThreshold;
    /** Feature f's rectangle r (at most three): {x, y, width, height} at rects[12 f + 4 r], weight weights[3 f + r]. */
    private final int[] rects;
    private final double[] weights;

    private final int width;
    private final int height;
    /** The window less a one-pixel border, over which a window's spread is measured (as OpenCV's normalisation). */
    private final double innerArea;

    private HaarCascade(int width, int height, List<List<double[][]>> stages, double[] thresholds,
                        List<double[][]> features) {
        this.width = width;
        this.height = height;
        this.innerArea = (double) (width - 2) * (height - 2);
        int trees = 0;
        int nodes = 0;
        for (List<double[][]> s : stages) {
            trees += s.size();
            for (double[][] t : s) {
                nodes += t[0].length / 4;
            }
        }
        nodeFeature = new int[nodes];
        nodeThreshold = new double[nodes];
        nodeLeft = new int[nodes];
        nodeRight = new int[nodes];
        leaves = new double[nodes + trees];
        treeNode = new int[trees];
        treeLeaf = new int[trees];
        stageTree = new int[stages.size() + 1];
        stageThreshold = thresholds;
        int t = 0;
        int n = 0;
        int l = 0;
        for (int s = 0; s < stages.size(); s++) {
            stageTree[s] = t;
            for (double[][] tree : stages.get(s)) {
                treeNode[t] = n;
                treeLeaf[t] = l;
                for (int i = 0; i < tree[0].length / 4; i++, n++) {
                    nodeLeft[n] = (int) tree[0][4 * i];
                    nodeRight[n] = (int) tree[0][4 * i + 1];
                    nodeFeature[n] = (int) tree[0][4 * i + 2];
                    nodeThreshold[n] = tree[0][4 * i + 3];
                }
                for (double leaf : tree[1]) {
                    leaves[l++] = leaf;
                }
                t++;
            }
        }
        stageTree[stages.size()] = t;
        rects = new int[12 * features.size()];
        weights = new double[3 * features.size()];
        for (int f = 0; f < features.size(); f++) {
            double[][] r = features.get(f);
            for (int i = 0; i < r.length; i++) {
                for (int c = 0; c < 4; c++) {
                    rects[12 * f + 4 * i + c] = (int) r[i][c];
                }
                weights[3 * f + i] = r[i][4];
            }
        }
    }

    /** The window's width, in pixels. */
    int width() {
        return width;
    }

    /** The window's height, in pixels. */
    int height() {
        return height;
    }

    /** Reads a cascade; an {@link IOException} says what is wrong with it. */
    static HaarCascade read(InputStream xml) throws IOException {
        Document doc;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            doc = f.newDocumentBuilder().parse(xml);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("not a cascade: " + e.getMessage(), e);
        }
        Element cascade = child(doc.getDocumentElement(), "cascade");
        if (!"HAAR".equals(text(cascade, "featureType")) || !"BOOST".equals(text(cascade, "stageType"))) {
            throw new IOException("not a boosted Haar cascade");
        }
        int w = Integer.parseInt(text(cascade, "width"));
        int h = Integer.parseInt(text(cascade, "height"));
        List<List<double[][]>> stages = new ArrayList<>();
        List<Double> thresholds = new ArrayList<>();
        for (Element s : items(child(cascade, "stages"))) {
            List<double[][]> trees = new ArrayList<>();
            for (Element weak : items(child(s, "weakClassifiers"))) {
                trees.add(tree(numbers(text(weak, "internalNodes")), numbers(text(weak, "leafValues"))));
            }
            stages.add(trees);
            thresholds.add(number(text(s, "stageThreshold")) - THRESHOLD_EPS);
        }
        List<double[][]> features = new ArrayList<>();
        for (Element feature : items(child(cascade, "features"))) {
            Element tilted = optionalChild(feature, "tilted");
            if (tilted != null && !"0".equals(tilted.getTextContent().trim())) {
                throw new IOException("tilted features are not supported");
            }
            List<Element> rects = items(child(feature, "rects"));
            if (rects.isEmpty() || rects.size() > 3) {
                throw new IOException("a feature of " + rects.size() + " rectangles");
            }
            double[][] r = new double[rects.size()][];
            for (int i = 0; i < r.length; i++) {
                r[i] = numbers(rects.get(i).getTextContent());
                if (r[i].length != 5 || r[i][0] < 0 || r[i][1] < 0 || r[i][2] < 0 || r[i][3] < 0
                        || r[i][0] + r[i][2] > w || r[i][1] + r[i][3] > h) {
                    throw new IOException("a feature's rectangle is not x, y, width, height, weight in the window");
                }
            }
            features.add(r);
        }
        for (List<double[][]> s : stages) {
            for (double[][] t : s) {
                for (int i = 2; i < t[0].length; i += 4) {
                    if (t[0][i] < 0 || t[0][i] >= features.size()) {
                        throw new IOException("a node names feature " + (int) t[0][i] + " of " + features.size());
                    }
                }
            }
        }
        if (stages.isEmpty() || w < 3 || h < 3) {
            throw new IOException("a cascade without stages, or with a window under 3 pixels");
        }
        return new HaarCascade(w, h, stages, thresholds.stream().mapToDouble(Double::doubleValue).toArray(),
                features);
    }

    /** A weak tree's nodes (left, right, feature, threshold: four numbers each) and its leaves, checked. */
    private static double[][] tree(double[] nodes, double[] leaves) throws IOException {
        int n = nodes.length / 4;
        if (n == 0 || nodes.length % 4 != 0 || leaves.length != n + 1) {
            throw new IOException("a weak tree with " + nodes.length + " node values and " + leaves.length + " leaves");
        }
        for (int i = 0; i < n; i++) {
            for (int side = 0; side < 2; side++) {
                double next = nodes[4 * i + side];
                if (next >= n || -next > n || next != Math.rint(next)) {
                    throw new IOException("a weak tree's node points outside the tree");
                }
            }
        }
        return new double[][] {nodes, leaves};
    }

    /**
     * The corners of every feature's rectangles as offsets from a window's top left corner in integral images of
     * {@code stride} (a picture's width plus one): for feature f and rectangle r, at 12 f + 4 r, top left, top right,
     * bottom left, bottom right.
     */
    int[] offsets(int stride) {
        int[] o = new int[rects.length];
        for (int i = 0; i < rects.length; i += 4) {
            int x = rects[i];
            int y = rects[i + 1];
            int w = rects[i + 2];
            int h = rects[i + 3];
            o[i] = y * stride + x;
            o[i + 1] = y * stride + x + w;
            o[i + 2] = (y + h) * stride + x;
            o[i + 3] = (y + h) * stride + x + w;
        }
        return o;
    }

    /**
     * Whether the window at ({@code x}, {@code y}) of the picture whose integral images {@code ii} holds passes every
     * stage; {@code offsets} are {@link #offsets(int)} for {@code ii}'s stride.
     */
    boolean accepts(Integral ii, int[] offsets, int x, int y) {
        double n = innerArea;
        long sum = ii.sum(x + 1, y + 1, width - 2, height - 2);
        double norm = n * ii.squares(x + 1, y + 1, width - 2, height - 2) - (double) sum * sum;
        double scale = norm > 0 ? 1 / Math.sqrt(norm) : 1;
        int[] sums = ii.sums;
        int at = y * ii.stride + x;
        for (int s = 0; s < stageThreshold.length; s++) {
            double total = 0;
            for (int t = stageTree[s]; t < stageTree[s + 1]; t++) {
                int first = treeNode[t];
                int node = 0;
                do {
                    int f = nodeFeature[first + node];
                    int o = 12 * f;
                    double value = weights[3 * f] * (sums[at + offsets[o + 3]] - sums[at + offsets[o + 2]]
                            - sums[at + offsets[o + 1]] + sums[at + offsets[o]])
                            + weights[3 * f + 1] * (sums[at + offsets[o + 7]] - sums[at + offsets[o + 6]]
                            - sums[at + offsets[o + 5]] + sums[at + offsets[o + 4]]);
                    if (weights[3 * f + 2] != 0) {
                        value += weights[3 * f + 2] * (sums[at + offsets[o + 11]] - sums[at + offsets[o + 10]]
                                - sums[at + offsets[o + 9]] + sums[at + offsets[o + 8]]);
                    }
                    node = value * scale < nodeThreshold[first + node] ? nodeLeft[first + node]
                            : nodeRight[first + node];
                } while (node > 0);
                total += leaves[treeLeaf[t] - node];
            }
            if (total < stageThreshold[s]) {
                return false;
            }
        }
        return true;
    }

    /** The integral images (sums and sums of squares) of a grey picture. */
    static final class Integral {
        private final int stride;
        private final int[] sums;
        private final double[] squares;

        /** Of the {@code w} x {@code h} grey values {@code grey} (0-255, row by row). */
        Integral(int[] grey, int w, int h) {
            stride = w + 1;
            sums = new int[stride * (h + 1)];
            squares = new double[stride * (h + 1)];
            for (int y = 0; y < h; y++) {
                int row = 0;
                double rowSquares = 0;
                for (int x = 0; x < w; x++) {
                    int v = grey[y * w + x];
                    row += v;
                    rowSquares += (double) v * v;
                    sums[(y + 1) * stride + x + 1] = sums[y * stride + x + 1] + row;
                    squares[(y + 1) * stride + x + 1] = squares[y * stride + x + 1] + rowSquares;
                }
            }
        }

        int stride() {
            return stride;
        }

        long sum(int x, int y, int w, int h) {
            int a = y * stride + x;
            int b = (y + h) * stride + x;
            return sums[b + w] - sums[b] - sums[a + w] + sums[a];
        }

        double squares(int x, int y, int w, int h) {
            int a = y * stride + x;
            int b = (y + h) * stride + x;
            return squares[b + w] - squares[b] - squares[a + w] + squares[a];
        }
    }

    private static Element child(Element parent, String name) throws IOException {
        Element e = optionalChild(parent, name);
        if (e == null) {
            throw new IOException("no <" + name + "> in <" + parent.getTagName() + ">");
        }
        return e;
    }

    private static Element optionalChild(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static String text(Element parent, String name) throws IOException {
        return child(parent, name).getTextContent().trim();
    }

    /** The {@code <_>} items of a list element. */
    private static List<Element> items(Element list) {
        List<Element> items = new ArrayList<>();
        for (Node n = list.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals("_")) {
                items.add(e);
            }
        }
        return items;
    }

    private static double number(String text) throws IOException {
        double[] v = numbers(text);
        if (v.length != 1) {
            throw new IOException("not one number in a cascade: " + text);
        }
        return v[0];
    }

    private static double[] numbers(String text) throws IOException {
        String t = text.trim();
        if (t.isEmpty()) {
            return new double[0];
        }
        String[] parts = t.split("\\s+");
        double[] v = new double[parts.length];
        try {
            for (int i = 0; i < parts.length; i++) {
                v[i] = Double.parseDouble(parts[i]);
            }
        } catch (NumberFormatException e) {
            throw new IOException("not a number in a cascade: " + e.getMessage(), e);
        }
        return v;
    }
}
