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
package io.github.camelsfmc.journey.internal.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;

import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.nio.entity.AbstractBinAsyncEntityConsumer;
import org.apache.hc.core5.http.nio.support.AbstractAsyncResponseConsumer;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * Reads an answer into memory, but never more than a cap: a larger body fails the exchange with {@link
 * AnswerTooLargeException} as soon as the cap is passed, so a runaway server costs at most the cap in heap.
 */
final class BoundedResponseConsumer extends AbstractAsyncResponseConsumer<SimpleHttpResponse, byte[]> {

    BoundedResponseConsumer(int maxBodyBytes) {
        super(new BoundedBody(maxBodyBytes));
    }

    @Override
    public void informationResponse(HttpResponse response, HttpContext context) {
        // 1xx answers carry nothing we use
    }

    @Override
    protected SimpleHttpResponse buildResult(HttpResponse response, byte[] body, ContentType contentType) {
        SimpleHttpResponse result = SimpleHttpResponse.copy(response);
        if (body != null) {
            result.setBody(body, contentType);
        }
        return result;
    }

    /** The body, up to the cap. */
    private static final class BoundedBody extends AbstractBinAsyncEntityConsumer<byte[]> {

        private final int maxBodyBytes;
        private ByteArrayOutputStream buffer = new ByteArrayOutputStream();

        BoundedBody(int maxBodyBytes) {
            this.maxBodyBytes = maxBodyBytes;
        }

        @Override
        protected void streamStart(ContentType contentType) throws HttpException, IOException {
            buffer = new ByteArrayOutputStream();
        }

        @Override
        protected int capacityIncrement() {
            return Math.min(maxBodyBytes, 64 * 1024);
        }

        @Override
        protected void data(ByteBuffer src, boolean endOfStream) throws IOException {
            int length = src.remaining();
            if ((long) buffer.size() + length > maxBodyBytes) {
                throw new AnswerTooLargeException(maxBodyBytes);
            }
            byte[] chunk = new byte[length];
            src.get(chunk);
            buffer.write(chunk, 0, length);
        }

        @Override
        protected byte[] generateContent() {
            return buffer.toByteArray();
        }

        @Override
        public void releaseResources() {
            buffer = new ByteArrayOutputStream();
        }
    }
}
