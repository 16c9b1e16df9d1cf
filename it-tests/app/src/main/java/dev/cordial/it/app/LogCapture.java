package dev.cordial.it.app;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Every record Cordial's loggers ({@code dev.cordial}) publish in this JVM while open. */
final class LogCapture extends Handler implements AutoCloseable {

    private static final Logger CORDIAL = Logger.getLogger("dev.cordial");

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    private LogCapture() {}

    static LogCapture start() {
        LogCapture capture = new LogCapture();
        CORDIAL.addHandler(capture);
        return capture;
    }

    List<LogRecord> records() {
        return records;
    }

    @Override
    public void publish(LogRecord record) {
        records.add(record);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {
        CORDIAL.removeHandler(this);
    }
}
