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
package io.github.camelsfmc.simulator;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code GET /data/v1/customobjects/{dataExtensionId}/fields}: the entry data extension's schema. */
final class DataExtensionFieldsHandler implements Handler {
    private final SimulatorState state;

    DataExtensionFieldsHandler(SimulatorState state) {
        this.state = state;
    }

    @Override
    public void handle(Request req) throws IOException {
        String deId = req.segments().get(3);
        int mid = req.token().mid();
        Journey journey = null;
        for (Journey j : state.journeys()) {
            if (j.dataExtensionId().equalsIgnoreCase(deId) && j.mid() == mid) {
                journey = j;
                break;
            }
        }
        if (journey == null) {
            Errors.send(req, 404, "Data extension '" + deId + "' was not found.", 30003);
            return;
        }
        List<DataExtensionField> fields = journey.fields();
        ObjectNode b = Json.object();
        b.put("id", journey.dataExtensionId());
        b.put("fieldCount", fields.size());
        b.putObject("links");
        ArrayNode arr = b.putArray("fields");
        int ordinal = 0;
        for (DataExtensionField f : fields) {
            ObjectNode o = arr.addObject();
            o.put("id", Ids.stable("field", journey.dataExtensionId() + "/" + f.name()));
            o.put("name", f.name());
            o.put("type", f.type().jsonValue());
            if (f.length() != null) {
                o.put("length", f.length());
            }
            if (f.scale() != null) {
                o.put("scale", f.scale());
            }
            o.put("ordinal", ordinal++);
            o.put("isPrimaryKey", f.isPrimaryKey());
            o.put("isNullable", f.isNullable());
            if (f.defaultValue() != null) {
                o.put("defaultValue", f.defaultValue());
            }
            o.put("description", "");
            o.put("isHidden", false);
            o.put("isInheritable", false);
            o.put("isOverridable", true);
            o.put("isReadOnly", false);
            o.put("isTemplateField", false);
            o.put("mustOverride", false);
            o.put("masktype", "None");
            o.put("storagetype", "Plain");
        }
        req.send(200, b);
    }
}
