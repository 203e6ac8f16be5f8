#!/usr/bin/env python3
"""Writes the Spring Boot starter's properties class from the component's catalog (sfmc-journey.json).

Run it after adding or changing a component option (SpringMetadataMatchesCatalogTest fails until then):
    python3 etc/spring-boot-properties.py && ./mvnw -q spotless:apply -pl camel-sfmc-journey-spring-boot-starter
"""
import json
import pathlib
import textwrap

ROOT = pathlib.Path(__file__).resolve().parent.parent
CATALOG = ROOT / "camel-sfmc-journey/src/generated/resources/META-INF/io/github/camelsfmc/journey/sfmc-journey.json"
TARGET = ROOT / ("camel-sfmc-journey-spring-boot-starter/src/main/java/io/github/camelsfmc/journey/springboot/"
                 "SfmcJourneyComponentConfiguration.java")
BOXED = {"boolean": "Boolean", "int": "Integer", "long": "Long", "double": "Double", "java.lang.String": "String",
         "java.lang.Integer": "Integer", "java.lang.Long": "Long", "java.lang.Double": "Double", "java.lang.Boolean": "Boolean"}
LITERAL = {"Long": "{}L", "Double": "{}", "Integer": "{}", "Boolean": "{}", "String": '"{}"'}


def java_type(option):
    java = option["javaType"]
    if java.startswith("io.github.camelsfmc.journey.model."):
        return java.rsplit(".", 1)[1]
    return BOXED.get(java, java)


def default(option, kind):
    value = option.get("defaultValue")
    if value is None:
        return ""
    if kind == "CheckMode":
        return " = CheckMode.{}".format(value)
    if kind == "Double":
        value = float(value)
    if kind == "Boolean":
        value = str(value).lower()
    return " = " + LITERAL[kind].format(value)


def javadoc(text):
    lines = textwrap.wrap(text, 113)
    return "    /**\n" + "".join("     * " + line + "\n" for line in lines) + "     */\n"


def main():
    options = json.loads(CATALOG.read_text(encoding="utf-8"))["componentProperties"]
    header = TARGET.read_text(encoding="utf-8")
    head = header[: header.index("    public static final String PREFIX")]
    fields, accessors = [], []
    for name, option in options.items():
        kind = java_type(option)
        # a deprecated option sets another one: unset (null) unless given, so its default never overwrites the other
        deprecated = option.get("deprecated", False)
        fields.append(javadoc(option.get("description", name))
                      + ("    @Deprecated\n" if deprecated else "")
                      + "    private {} {}{};\n".format(kind, name, "" if deprecated else default(option, kind)))
        cap = name[0].upper() + name[1:]
        accessors.append(("    @Deprecated\n" if deprecated else "") + "    public {} get{}() {{\n        return {};\n    }}\n\n"
                         "    public void set{}({} {}) {{\n        this.{} = {};\n    }}\n".format(
                             kind, cap, name, cap, kind, name, name, name))
    body = ('    public static final String PREFIX = "camel.component.sfmc-journey";\n\n'
            + "\n".join(fields) + "\n" + "\n".join(accessors) + "}\n")
    TARGET.write_text(head + body, encoding="utf-8")


if __name__ == "__main__":
    main()
