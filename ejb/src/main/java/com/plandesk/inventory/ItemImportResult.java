package com.plandesk.inventory;

import java.util.List;

/** The result of a stock import, line by line. */
public record ItemImportResult(int added, int rejected, List<Line> lines) {

    public record Line(long line, String reference, boolean added, String message) {
    }
}
