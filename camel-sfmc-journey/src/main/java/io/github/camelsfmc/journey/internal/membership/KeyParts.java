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
package io.github.camelsfmc.journey.internal.membership;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** Contact keys asked about a part at a time, one call after the other, for the APIs that take a few keys a call. */
final class KeyParts {

    private KeyParts() {}

    /** Calls {@code call} with each part of at most {@code partSize} keys, each call once the one before is done. */
    static CompletableFuture<Void> oneAfterAnother(
            List<String> keys, int partSize, Function<List<String>, CompletableFuture<Void>> call) {
        CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
        for (int from = 0; from < keys.size(); from += partSize) {
            List<String> part = keys.subList(from, Math.min(keys.size(), from + partSize));
            chain = chain.thenCompose(done -> call.apply(part));
        }
        return chain;
    }
}
