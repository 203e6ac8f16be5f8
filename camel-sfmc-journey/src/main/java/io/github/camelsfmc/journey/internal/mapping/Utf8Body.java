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
package io.github.camelsfmc.journey.internal.mapping;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A body's bytes read as UTF-8, refusing bytes that are not UTF-8 instead of replacing them with U+FFFD, which would
 * send a contact's data altered without anyone noticing.
 */
public final class Utf8Body {

    private Utf8Body() {}

    /** @throws InvalidContactException naming the offset of the first byte that is not UTF-8 */
    public static String decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil(bytes.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new InvalidContactException(
                    "The message body is not valid UTF-8: byte " + in.position() + " (0x"
                            + String.format("%02X", bytes[in.position()] & 0xFF)
                            + ") starts an invalid sequence. Send JSON encoded as UTF-8, or convert the body to a"
                            + " String with its real charset first",
                    null);
        }
        try {
            decoder.flush(out);
        } catch (IllegalStateException e) {
            throw new InvalidContactException("The message body could not be decoded as UTF-8", null, e);
        }
        out.flip();
        return out.toString();
    }
}
