package app.glance.ui;

import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The JavaFX {@link Application}; only {@link GlanceFx} launches it. It lives in {@code ui} so that the app's main
 * class need not extend Application (which would need JavaFX on the module path to start).
 */
public final class GlanceApplication extends Application {

    /** Handed over by {@link GlanceFx#start} before {@code Application.launch}; JavaFX builds this class itself. */
    static volatile GlanceFx.Request request;

    @Override
    public void start(Stage primaryStage) {
        GlanceFx.Request r = request;
        request = null;
        if (r == null) {
            throw new IllegalStateException("start Glance's window through GlanceFx.start or GlanceFx.launch");
        }
        GlanceFx.open(primaryStage, r, true);
    }
}
