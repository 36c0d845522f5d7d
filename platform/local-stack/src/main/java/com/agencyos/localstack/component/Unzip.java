package com.agencyos.localstack.component;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Unpacks a distribution zip whose entries sit under one top-level folder, dropping that folder. */
final class Unzip {

    private Unzip() {
    }

    static void extractStrippingTopFolder(Path zip, Path target) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        deleteRecursively(partial);
        Files.createDirectories(partial);
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                int slash = name.indexOf('/');
                if (slash < 0 || slash == name.length() - 1) {
                    continue;
                }
                Path destination = partial.resolve(name.substring(slash + 1)).normalize();
                if (!destination.startsWith(partial)) {
                    throw new IOException("zip entry escapes the target folder: " + name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(destination);
                    continue;
                }
                Files.createDirectories(destination.getParent());
                try (InputStream in = file.getInputStream(entry)) {
                    Files.copy(in, destination, StandardCopyOption.REPLACE_EXISTING);
                }
                // java.util.zip does not expose Unix modes; the scripts are the only files that need one.
                if (destination.getParent().getFileName().toString().equals("bin") && name.endsWith(".sh")) {
                    destination.toFile().setExecutable(true, false);
                }
            }
        }
        deleteRecursively(target);
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
