package app.glance.inference.ocr;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The DB post-processing on hand-made probability maps. */
class TextBoxesTest {

    private final TextBoxes boxes = new TextBoxes(0.3f, 0.5f, 1.6, 1000);

    /** A map with value {@code p} on the cells of a rectangle rotated by {@code degrees} about its centre. */
    private static float[] map(int w, int h, double cx, double cy, double halfW, double halfH, double degrees,
            float p, float[] into) {
        float[] m = into != null ? into : new float[w * h];
        double a = Math.toRadians(degrees);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double dx = x - cx;
                double dy = y - cy;
                double u = dx * Math.cos(a) + dy * Math.sin(a);
                double v = -dx * Math.sin(a) + dy * Math.cos(a);
                if (Math.abs(u) <= halfW && Math.abs(v) <= halfH) {
                    m[y * w + x] = p;
                }
            }
        }
        return m;
    }

    @Test
    void aLineBecomesItsRectangleGrownByTheUnclipDistance() {
        // cells x 20..79, y 10..17; the 2 x 2 widening adds x 80 and y 18: the hull of the centres is 60 x 8
        float[] m = map(120, 40, 49.5, 13.5, 30, 4, 0, 0.9f, null);
        List<TextBoxes.Box> found = boxes.find(m, 120, 40);
        assertThat(found).hasSize(1);
        TextBoxes.Box b = found.get(0);
        double w = 60, h = 8;
        double d = w * h * 1.6 / (2 * (w + h));
        assertThat(b.halfWidth() * 2).isCloseTo(w + 2 * d, within(1e-9));
        assertThat(b.halfHeight() * 2).isCloseTo(h + 2 * d, within(1e-9));
        assertThat(b.cx()).isCloseTo(50, within(1e-9));
        assertThat(b.cy()).isCloseTo(14, within(1e-9));
        assertThat(b.ux()).isEqualTo(1.0);
        // the score is the mean over the 61 x 9 cells in the rectangle, of which the 60 x 8 marked ones hold 0.9
        assertThat(b.score()).isCloseTo(0.9f * 60 * 8 / (61 * 9), within(1e-5f));
    }

    @Test
    void twoLinesAreTwoBoxesAndFaintOrThinMarksNone() {
        float[] m = map(200, 60, 50, 12, 30, 5, 0, 0.95f, null);
        map(200, 60, 120, 40, 40, 6, 0, 0.9f, m);
        map(200, 60, 180, 10, 10, 5, 0, 0.35f, m); // above the threshold, below the box score
        map(200, 60, 180, 45, 10, 0.4, 0, 0.95f, m); // one row: thinner than 3 cells
        List<TextBoxes.Box> found = boxes.find(m, 200, 60);
        assertThat(found).hasSize(2);
        // centres half a cell right of the marks: the widening grows them to the right and down
        assertThat(found).extracting(TextBoxes.Box::cx).containsExactly(50.5, 120.5);
    }

    @Test
    void aLargeRegionIsOneBoxWhateverItsSize() {
        float[] m = map(400, 200, 200, 100, 150, 60, 0, 0.9f, null); // 36,000 cells: the fill's stack must grow
        List<TextBoxes.Box> found = boxes.find(m, 400, 200);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).halfWidth()).isGreaterThan(150);
    }

    @Test
    void theUpperRowsOfALargerMapAreSearchedAsThoughTheyWereTheWholeMap() {
        float[] m = map(200, 90, 50, 12, 30, 5, 0, 0.95f, null);
        map(200, 90, 120, 70, 40, 6, 0, 0.9f, m); // below row 40
        List<TextBoxes.Box> upper = boxes.find(m, 200, 40);
        assertThat(upper).isEqualTo(boxes.find(Arrays.copyOf(m, 200 * 40), 200, 40));
        assertThat(upper).extracting(TextBoxes.Box::cx).containsExactly(50.5);
        assertThatThrownBy(() -> boxes.find(m, 200, 91)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSlantedLineKeepsItsSlantAndItsLengthRunsAlongTheAxis() {
        float[] m = map(200, 120, 100, 60, 60, 6, 10, 0.9f, null);
        TextBoxes.Box b = boxes.find(m, 200, 120).get(0);
        assertThat(Math.toDegrees(Math.atan2(b.uy(), b.ux()))).isCloseTo(10, within(2.0));
        assertThat(b.halfWidth()).isGreaterThan(3 * b.halfHeight());
        double[][] c = b.corners();
        assertThat(c[0][0]).isLessThan(c[1][0]); // top-left, then top-right
        assertThat(c[3][1]).isGreaterThan(c[0][1]); // bottom-left below top-left
    }

    @Test
    void minAreaRectOfASquareTurned30DegreesIsThatSquare() {
        List<double[]> pts = new ArrayList<>();
        double a = Math.toRadians(30);
        for (double[] p : new double[][] {{-5, -5}, {5, -5}, {5, 5}, {-5, 5}, {0, 0}, {1, 2}}) {
            pts.add(new double[] {p[0] * Math.cos(a) - p[1] * Math.sin(a), p[0] * Math.sin(a) + p[1] * Math.cos(a)});
        }
        List<double[]> hull = TextBoxes.hull(pts);
        assertThat(hull).hasSize(4);
        TextBoxes.Box r = TextBoxes.minAreaRect(hull);
        assertThat(r.halfWidth()).isCloseTo(5, within(1e-9));
        assertThat(r.halfHeight()).isCloseTo(5, within(1e-9));
        assertThat(r.cx()).isCloseTo(0, within(1e-9));
    }

    @Test
    void theWideningTakesTheLeftAndUpperNeighbours() {
        float[] m = new float[9];
        m[4] = 0.9f; // centre of 3 x 3
        m[0] = 0.3f; // not above the threshold
        boolean[] d = new TextBoxes(0.3f, 0.5f, 1.6, 10).dilatedMask(m, 3, 3);
        assertThat(d).containsExactly(false, false, false, false, true, true, false, true, true);
    }
}
