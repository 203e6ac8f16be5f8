/*
 * Copyright 2026 the camel-sfmc-journey authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.camelsfmc.benchmarks;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Contacts/second per variant against concurrency, on a log scale (batch mode is two orders of magnitude above the
 * single-contact variants), with the theoretical limits dashed. Drawn with java.awt, headless.
 */
public final class ThroughputChart {

    private static final int WIDTH = 960;
    private static final int HEIGHT = 600;
    private static final int LEFT = 90;
    private static final int RIGHT = 250;
    private static final int TOP = 60;
    private static final int BOTTOM = 70;
    private static final Map<Variant, Color> COLORS = Map.of(
            Variant.SINGLE, new Color(0x1f77b4),
            Variant.BATCH, new Color(0xd62728),
            Variant.HAND_WRITTEN, new Color(0x2ca02c),
            Variant.HAND_WRITTEN_BATCH, new Color(0xff7f0e));
    private static final Stroke SOLID = new BasicStroke(2.5f);
    private static final Stroke DASHED =
            new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {8, 6}, 0);

    private ThroughputChart() {}

    public static void write(BenchmarkResults results, Path file) throws IOException {
        BenchmarkSettings s = results.settings();
        List<Integer> cs = s.concurrencies();
        double min = Double.MAX_VALUE;
        double max = 0;
        for (RunResult r : results.runs()) {
            min = Math.min(min, Math.min(r.contactsPerSecond(), r.limit()));
            max = Math.max(max, Math.max(r.contactsPerSecond(), r.limit()));
        }
        int lowExp = (int) Math.floor(Math.log10(Math.max(min, 0.1)));
        int highExp = (int) Math.ceil(Math.log10(Math.max(max, 1)));
        if (highExp == lowExp) {
            highExp++;
        }

        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        Plot plot = new Plot(cs.size(), lowExp, highExp);

        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.drawString(
                String.format(
                        "sfmc-journey throughput vs concurrency (L = %d ms, B = %d)", s.latencyMillis(), s.batchSize()),
                LEFT,
                30);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (int e = lowExp; e <= highExp; e++) {
            int y = plot.y(Math.pow(10, e));
            g.setColor(new Color(0xdddddd));
            g.drawLine(LEFT, y, WIDTH - RIGHT, y);
            g.setColor(Color.BLACK);
            String label = String.format("%,.0f", Math.pow(10, e));
            g.drawString(label, LEFT - 10 - g.getFontMetrics().stringWidth(label), y + 4);
        }
        for (int i = 0; i < cs.size(); i++) {
            int x = plot.x(i);
            g.drawLine(x, HEIGHT - BOTTOM, x, HEIGHT - BOTTOM + 5);
            String label = String.valueOf(cs.get(i));
            g.drawString(label, x - g.getFontMetrics().stringWidth(label) / 2, HEIGHT - BOTTOM + 20);
        }
        g.drawRect(LEFT, TOP, WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM);
        g.drawString("concurrency C (requests in flight)", LEFT + (WIDTH - LEFT - RIGHT) / 2 - 100, HEIGHT - 25);
        g.rotate(-Math.PI / 2);
        g.drawString("contacts / second (log scale)", -(TOP + (HEIGHT - TOP - BOTTOM) / 2) - 80, 25);
        g.rotate(Math.PI / 2);

        int legendY = TOP + 10;
        for (Variant v : Variant.values()) {
            List<double[]> measured = new ArrayList<>();
            List<double[]> limit = new ArrayList<>();
            for (int i = 0; i < cs.size(); i++) {
                int index = i;
                results.run(v, cs.get(i)).ifPresent(r -> {
                    measured.add(new double[] {index, r.contactsPerSecond()});
                    limit.add(new double[] {index, r.limit()});
                });
            }
            g.setColor(COLORS.get(v));
            if (v == Variant.SINGLE || v == Variant.BATCH) { // the hand-written routes share these limits
                g.setStroke(DASHED);
                polyline(g, plot, limit, false);
            }
            g.setStroke(SOLID);
            polyline(g, plot, measured, true);
            g.drawLine(WIDTH - RIGHT + 15, legendY, WIDTH - RIGHT + 40, legendY);
            g.setColor(Color.BLACK);
            g.drawString(v.label(), WIDTH - RIGHT + 48, legendY + 4);
            legendY += 22;
        }
        g.setStroke(DASHED);
        g.setColor(COLORS.get(Variant.SINGLE));
        g.drawLine(WIDTH - RIGHT + 15, legendY, WIDTH - RIGHT + 40, legendY);
        g.setColor(Color.BLACK);
        g.drawString("limit C / L", WIDTH - RIGHT + 48, legendY + 4);
        legendY += 22;
        g.setColor(COLORS.get(Variant.BATCH));
        g.drawLine(WIDTH - RIGHT + 15, legendY, WIDTH - RIGHT + 40, legendY);
        g.setColor(Color.BLACK);
        g.drawString("limit C x B / L", WIDTH - RIGHT + 48, legendY + 4);
        legendY += 30;
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        g.drawString(
                results.loadAfter().loadAverage().isEmpty()
                        ? ""
                        : "load after: " + results.loadAfter().loadAverage(),
                WIDTH - RIGHT + 15,
                legendY);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }

    private static void polyline(Graphics2D g, Plot plot, List<double[]> points, boolean markers) {
        for (int i = 0; i < points.size(); i++) {
            int x = plot.x((int) points.get(i)[0]);
            int y = plot.y(points.get(i)[1]);
            if (markers) {
                g.fillOval(x - 4, y - 4, 8, 8);
            }
            if (i > 0) {
                g.drawLine(plot.x((int) points.get(i - 1)[0]), plot.y(points.get(i - 1)[1]), x, y);
            }
        }
    }

    /** Data to pixel coordinates: concurrencies evenly spaced, contacts/s on a log scale. */
    private record Plot(int points, int lowExp, int highExp) {

        int x(int index) {
            int width = WIDTH - LEFT - RIGHT;
            return points == 1 ? LEFT + width / 2 : LEFT + 30 + index * (width - 60) / (points - 1);
        }

        int y(double value) {
            double fraction = (Math.log10(Math.max(value, Math.pow(10, lowExp))) - lowExp) / (highExp - lowExp);
            return (int) Math.round(HEIGHT - BOTTOM - fraction * (HEIGHT - TOP - BOTTOM));
        }
    }
}
