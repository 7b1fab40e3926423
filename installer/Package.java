import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * Builds Factdesk's app-image and installers with jpackage, and gives the app-image its AppCDS archive. Run by the
 * Maven profiles package-linux / package-windows / package-mac (see installer/README.md), from the project folder:
 *
 * <pre>java installer/Package.java PLATFORM VERSION MAIN_JAR INSTALLER_TYPES</pre>
 *
 * PLATFORM is linux, windows or mac; INSTALLER_TYPES a comma list (deb,rpm / msi / dmg) or "none" for the
 * app-image only. The jars come from the build: MAIN_JAR from target/, its libraries as Maven copied them to
 * target/jpackage/input, and JavaFX for this platform from target/jpackage/javafx (linked into the runtime).
 *
 * <p>The CDS archive: the app-image is started once with -XX:DumpLoadedClassList and --startup-report (it opens the
 * sample project, shows the article and quits), which lists every class start-up loads in factdesk.classlist; the
 * launcher is set to -XX:SharedArchiveFile=$APPDIR/factdesk.jsa and run once more with -Xshare:dump to write the
 * archive from that list. JDK 17 ties an archive to the absolute class path it was written with, so the .deb and .rpm
 * leave the build's archive out and write their own after installing (installer/linux/cds-archive, run by their
 * scripts). An archive that does not fit is ignored by the JVM, which then maps no archive at all: hence none on
 * Windows and macOS, whose installers cannot write one yet; there the runtime's default archive of JDK classes serves.
 */
public final class Package {

    private static final Path DEST = Path.of("target", "installer");
    private static final Path INPUT = Path.of("target", "jpackage", "input");
    /** What jpackage takes: the jars of INPUT and the main jar, trimmed for this platform. */
    private static final Path STAGE = Path.of("target", "jpackage", "app");
    private static final String ARCHIVE = "factdesk.jsa";
    private static final String CLASS_LIST = "factdesk.classlist";
    /** The script the Linux packages run after installing, to write the archive in place. */
    private static final Path CDS_SCRIPT = Path.of("installer", "linux", "cds-archive");
    /** LanguageTool's jars (installer/languagetool.jars), kept out of the main image: an optional package. */
    private static final Path LT_STAGE = Path.of("target", "jpackage", "languagetool");
    /** Where the optional LanguageTool jars go, inside the app folder ($APPDIR) the launcher's class path lists. */
    private static final String LT_FOLDER = "languagetool";
    private static final String LT_PACKAGE = "factdesk-languagetool";

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            fail("usage: java installer/Package.java linux|windows|mac VERSION MAIN_JAR deb,rpm|msi|dmg|none");
        }
        String platform = args[0];
        String version = args[1];
        String mainJar = args[2];
        List<String> types = args[3].equals("none") ? List.of() : List.of(args[3].split(","));
        Path jar = Path.of("target", mainJar);
        if (!Files.isRegularFile(jar) || !Files.isDirectory(INPUT)) {
            fail("package: " + jar + " or " + INPUT + " is missing; run through Maven: mvn -P package-" + platform
                    + " package");
        }
        deleteTree(DEST);
        stage(jar, platform);
        long started = System.nanoTime();
        jpackage("--type", "app-image", "@installer/jpackage/common.args", "@installer/jpackage/" + platform + ".args",
                "--input", STAGE.toString(), "--main-jar", mainJar, "--app-version", version,
                "--dest", DEST.toString());
        Layout image = Layout.of(platform, DEST);
        if (platform.equals("linux")) {
            train(image, platform);
            // The runtime's own archive of JDK classes is never mapped: the launcher names factdesk.jsa, and a JVM
            // given an archive it cannot use runs without any. 12 MB.
            deleteAll(image.root(), "classes.jsa");
        } else {
            // No app archive on Windows and macOS: JDK 17 ties one to the absolute class path it was written with,
            // so a build-time archive would be refused once the .msi / .dmg installs the app elsewhere, and naming
            // it would also keep the JVM from the runtime's archive of JDK classes (classes.jsa), which it maps by
            // default wherever the app is. Writing factdesk.jsa in place there needs a WiX custom action / a
            // first-run step, not written yet.
            System.out.println("package: no AppCDS archive on " + platform + " (it would be refused once installed);"
                    + " the runtime's default CDS archive of JDK classes is used");
        }
        // The base CDS archive for heaps over 32 GB (no compressed oops): never used by Factdesk, 11 MB.
        deleteAll(image.root(), "classes_nocoops.jsa");
        // After the CDS archive is written, so that its class path stays a prefix of the launcher's.
        List<String> languageTool = addLanguageToolClassPath(image);
        if (!platform.equals("linux")) {
            // Windows and macOS have no package manager to add an optional part: their installers keep it inside.
            copyLanguageTool(image.appFolder().resolve(LT_FOLDER));
        }
        System.out.printf("package: app-image %s, %d MB, in %d s%n", image.root(), sizeOf(image.root()) >> 20,
                (System.nanoTime() - started) / 1_000_000_000);
        for (String type : types) {
            if (type.equals("rpm") && !onPath("rpmbuild")) {
                System.out.println("package: no rpmbuild on the PATH, so no .rpm (Debian: apt-get install rpm)");
                continue;
            }
            List<String> options = new ArrayList<>(List.of("--type", type, "--app-image", image.root().toString(),
                    "--name", "Factdesk", "--app-version", version, "--dest", DEST.toString(),
                    "@installer/jpackage/" + platform + "-installer.args"));
            if (Files.exists(Path.of("installer/jpackage/" + type + ".args"))) {
                options.add("@installer/jpackage/" + type + ".args");
            }
            long start = System.nanoTime();
            if (platform.equals("linux")) {
                // The build's archive would be refused under /opt/factdesk: the package's scripts write one there.
                withoutArchive(image, () -> jpackage(options.toArray(String[]::new)));
            } else {
                jpackage(options.toArray(String[]::new));
            }
            if (type.equals("deb")) {
                languageToolDeb(languageTool);
            } else if (type.equals("rpm")) {
                System.out.println("package: no " + LT_PACKAGE + " .rpm yet (only the .deb is built): rpm users "
                        + "copy target/jpackage/languagetool/*.jar to /opt/factdesk/lib/app/languagetool/");
            }
            try (Stream<Path> files = Files.list(DEST)) {
                files.filter(file -> file.getFileName().toString().endsWith("." + type)
                        && !file.getFileName().toString().startsWith(LT_PACKAGE)).forEach(file ->
                        System.out.printf("package: %s, %.1f MB, in %d s%n", file, size(file) / 1048576.0,
                                (System.nanoTime() - start) / 1_000_000_000));
            }
        }
    }

    /**
     * Moves LanguageTool's jars (installer/languagetool.jars) from the stage to {@link #LT_STAGE}; fails when a listed
     * artifact has no jar, so that a LanguageTool upgrade which renames one does not go unnoticed.
     */
    private static void separateLanguageTool() throws IOException {
        deleteTree(LT_STAGE);
        Files.createDirectories(LT_STAGE);
        List<String> artifacts = Files.readAllLines(Path.of("installer", "languagetool.jars")).stream()
                .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> line.substring(line.indexOf(':') + 1)).toList();
        List<Path> staged;
        try (Stream<Path> jars = Files.list(STAGE)) {
            staged = jars.toList();
        }
        for (String artifact : artifacts) {
            java.util.regex.Pattern name = java.util.regex.Pattern.compile(
                    java.util.regex.Pattern.quote(artifact) + "-\\d.*\\.jar");
            List<Path> matches = staged.stream().filter(jar -> name.matcher(jar.getFileName().toString()).matches())
                    .toList();
            if (matches.isEmpty()) {
                fail("package: installer/languagetool.jars lists " + artifact + ", but the build has no such jar; "
                        + "update the list from `mvn dependency:tree`");
            }
            for (Path jar : matches) {
                if (Files.exists(jar)) {
                    Files.move(jar, LT_STAGE.resolve(jar.getFileName()));
                }
            }
        }
        System.out.printf("package: LanguageTool, optional: %d jars, %.1f MB, in %s%n", jarsOf(LT_STAGE).size(),
                sizeOf(LT_STAGE) / 1048576.0, LT_STAGE);
    }

    private static List<Path> jarsOf(Path folder) throws IOException {
        try (Stream<Path> jars = Files.list(folder)) {
            return jars.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
        }
    }

    /**
     * Appends $APPDIR/languagetool/&lt;jar&gt; to the class path of every launcher (Factdesk.cfg, and on Windows
     * factdesk-cli.cfg, whose {@code qa} is where LanguageTool's rules matter most) for each LanguageTool jar: the JVM
     * skips class-path entries that do not exist, so the app runs without them and finds them once the optional
     * package has put them there.
     *
     * @return the jar names
     */
    private static List<String> addLanguageToolClassPath(Layout image) throws IOException {
        List<String> names = jarsOf(LT_STAGE).stream().map(jar -> jar.getFileName().toString()).toList();
        StringBuilder added = new StringBuilder();
        for (String name : names) {
            added.append("app.classpath=$APPDIR/").append(LT_FOLDER).append('/').append(name).append('\n');
        }
        List<Path> launchers;
        try (Stream<Path> files = Files.list(image.appFolder())) {
            launchers = files.filter(f -> f.getFileName().toString().endsWith(".cfg")).sorted().toList();
        }
        for (Path launcher : launchers) {
            String cfg = Files.readString(launcher, StandardCharsets.UTF_8);
            int last = cfg.lastIndexOf("app.classpath=");
            if (last < 0) {
                fail("package: " + launcher + " has no app.classpath line; jpackage changed its format");
            }
            int after = cfg.indexOf('\n', last) + 1;
            Files.writeString(launcher, cfg.substring(0, after) + added + cfg.substring(after), StandardCharsets.UTF_8);
        }
        return names;
    }

    private static void copyLanguageTool(Path folder) throws IOException {
        Files.createDirectories(folder);
        for (Path jar : jarsOf(LT_STAGE)) {
            Files.copy(jar, folder.resolve(jar.getFileName()));
        }
    }

    /**
     * The factdesk-languagetool .deb, with dpkg-deb (jpackage cannot make a package of jars alone): LanguageTool's
     * jars in /opt/factdesk/lib/app/languagetool, depending on the factdesk package of exactly this version.
     */
    private static void languageToolDeb(List<String> jars) throws Exception {
        Path mainDeb;
        try (Stream<Path> files = Files.list(DEST)) {
            mainDeb = files.filter(f -> f.getFileName().toString().startsWith("factdesk_")
                    && f.getFileName().toString().endsWith(".deb")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("jpackage made no factdesk .deb in " + DEST));
        }
        String version = run("dpkg-deb", "-f", mainDeb.toString(), "Version").strip();
        String maintainer = run("dpkg-deb", "-f", mainDeb.toString(), "Maintainer").strip();
        Path root = Path.of("target", "jpackage", "languagetool-deb");
        deleteTree(root);
        copyLanguageTool(root.resolve("opt/factdesk/lib/app").resolve(LT_FOLDER));
        Path doc = root.resolve("usr/share/doc").resolve(LT_PACKAGE);
        Files.createDirectories(doc);
        Files.writeString(doc.resolve("copyright"), "LanguageTool (https://languagetool.org) and its libraries, "
                + "for Factdesk.\nLanguageTool is licensed under the GNU LGPL 2.1 or later; the licences of every jar "
                + "are listed in Factdesk's THIRD-PARTY.md.\nJars: " + String.join(", ", jars) + "\n");
        Path control = root.resolve("DEBIAN/control");
        Files.createDirectories(control.getParent());
        Files.writeString(control, String.join("\n",
                "Package: " + LT_PACKAGE,
                "Version: " + version,
                "Section: misc",
                "Priority: optional",
                "Architecture: all",
                "Depends: factdesk (= " + version + ")",
                "Maintainer: " + maintainer,
                "Installed-Size: " + (sizeOf(root) >> 10),
                "Description: LanguageTool grammar rules (Spanish, English) for Factdesk",
                " Optional part of Factdesk: with it, translation reviews also run LanguageTool's grammar and",
                " usage rules (Review translation, and factdesk qa). Restart Factdesk after installing it.",
                ""), StandardCharsets.UTF_8);
        Path deb = DEST.resolve(LT_PACKAGE + "_" + version + "_all.deb");
        run("dpkg-deb", "--root-owner-group", "--build", root.toString(), deb.toString());
        System.out.printf("package: %s, %.1f MB%n", deb, size(deb) / 1048576.0);
    }

    /** Runs a program, failing with its output when it fails; returns its output. */
    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            fail("package: " + String.join(" ", command) + " failed:\n" + output);
        }
        return output;
    }

    /**
     * Copies the jars to the stage, leaving out of sqlite-jdbc the native libraries of every other platform
     * (FreeBSD, Android, Windows, Mac, ARM…): 11 of its 12 MB, which no user of this installer can load.
     */
    private static void stage(Path mainJar, String platform) throws IOException {
        deleteTree(STAGE);
        Files.createDirectories(STAGE);
        Files.copy(mainJar, STAGE.resolve(mainJar.getFileName()));
        try (Stream<Path> jars = Files.list(INPUT)) {
            for (Path jar : jars.filter(f -> !f.getFileName().equals(mainJar.getFileName())).toList()) {
                Files.copy(jar, STAGE.resolve(jar.getFileName()));
            }
        }
        String arch = System.getProperty("os.arch").equals("amd64") ? "x86_64" : System.getProperty("os.arch");
        String keep = "/org/sqlite/native/" + Map.of("linux", "Linux", "windows", "Windows", "mac", "Mac")
                .get(platform) + "/" + arch + "/";
        try (Stream<Path> jars = Files.list(STAGE)) {
            for (Path jar : jars.filter(f -> f.getFileName().toString().startsWith("sqlite-jdbc-")).toList()) {
                try (java.nio.file.FileSystem zip = java.nio.file.FileSystems.newFileSystem(jar);
                        Stream<Path> entries = Files.walk(zip.getPath("/org/sqlite/native"))) {
                    for (Path entry : entries.sorted(Comparator.reverseOrder()).toList()) {
                        boolean kept = entry.toString().startsWith(keep) || keep.startsWith(entry + "/");
                        if (!kept) {
                            Files.delete(entry);
                        }
                    }
                }
                System.out.printf("package: %s keeps only the natives in %s (%.1f MB)%n", jar.getFileName(), keep,
                        size(jar) / 1048576.0);
            }
        }
        separateLanguageTool();
    }

    /** Where jpackage puts the launcher, the app folder and its .cfg on each platform. */
    record Layout(Path root, Path launcher, Path appFolder) {

        static Layout of(String platform, Path dest) {
            return switch (platform) {
                case "linux" -> new Layout(dest.resolve("Factdesk"), dest.resolve("Factdesk/bin/Factdesk"),
                        dest.resolve("Factdesk/lib/app"));
                case "windows" -> new Layout(dest.resolve("Factdesk"), dest.resolve("Factdesk/Factdesk.exe"),
                        dest.resolve("Factdesk/app"));
                case "mac" -> new Layout(dest.resolve("Factdesk.app"),
                        dest.resolve("Factdesk.app/Contents/MacOS/Factdesk"), dest.resolve("Factdesk.app/Contents/app"));
                default -> throw new IllegalArgumentException("unknown platform " + platform);
            };
        }

        Path cfg() {
            return appFolder.resolve("Factdesk.cfg");
        }
    }

    /**
     * The training run that lists the classes start-up loads, then the launcher options that use the archive, then the
     * archive itself, written by the launcher so that it has exactly the launcher's class path and options.
     */
    private static void train(Layout image, String platform) throws Exception {
        String cfg = Files.readString(image.cfg(), StandardCharsets.UTF_8);
        Path home = Files.createTempDirectory("factdesk-cds");
        try {
            // A throw-away home: the run makes a sample project and preferences, never in the builder's own.
            Files.writeString(image.cfg(), withJavaOptions(cfg, "-XX:DumpLoadedClassList=$APPDIR/" + CLASS_LIST,
                    "-Xshare:off", "-Duser.home=" + home), StandardCharsets.UTF_8);
            List<String> command = new ArrayList<>();
            if (platform.equals("linux") && System.getenv("DISPLAY") == null && onPath("xvfb-run")) {
                command.addAll(List.of("xvfb-run", "-a"));
            }
            command.add(image.launcher().toAbsolutePath().toString());
            command.add("--startup-report");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            Map<String, String> environment = builder.environment();
            environment.put("XDG_DATA_HOME", home.resolve("data").toString());
            environment.put("XDG_CONFIG_HOME", home.resolve("config").toString());
            environment.put("APPDATA", home.resolve("appdata").toString());
            environment.put("HOME", home.toString()); // JavaFX unpacks nothing here, but GTK writes caches
            String output = runFor(builder);
            Path classList = image.appFolder().resolve(CLASS_LIST);
            if (!output.contains("startup:") || !Files.isRegularFile(classList)) {
                fail("package: the CDS training run did not show the window (a display is needed; on Linux install "
                        + "xvfb). Its output:\n" + output);
            }
            System.out.printf("package: CDS class list %s, %d classes (training run: %s)%n", classList,
                    Files.readAllLines(classList).stream().filter(line -> !line.startsWith("#")).count(),
                    output.lines().filter(line -> line.startsWith("startup:")).findFirst().orElse(""));
        } finally {
            // -Xshare:auto is the default; left out so that the dump below (and cds-archive) can ask for -Xshare:dump.
            Files.writeString(image.cfg(), withJavaOptions(cfg, "-XX:SharedArchiveFile=$APPDIR/" + ARCHIVE),
                    StandardCharsets.UTF_8);
            deleteTree(home);
        }
        Path classList = image.appFolder().resolve(CLASS_LIST).toAbsolutePath();
        ProcessBuilder dump = new ProcessBuilder(image.launcher().toAbsolutePath().toString()).redirectErrorStream(true);
        dump.environment().put("JAVA_TOOL_OPTIONS", "-Xshare:dump -XX:SharedClassListFile=" + classList);
        String output = runFor(dump);
        Path archive = image.appFolder().resolve(ARCHIVE);
        if (!Files.isRegularFile(archive)) {
            fail("package: writing the CDS archive failed. The JVM said:\n" + output);
        }
        System.out.printf("package: CDS archive %s, %.1f MB%n", archive, size(archive) / 1048576.0);
        if (platform.equals("linux")) {
            Path script = image.appFolder().resolve(CDS_SCRIPT.getFileName());
            Files.copy(CDS_SCRIPT, script);
            script.toFile().setExecutable(true, false);
        }
    }

    /** Runs a process for at most three minutes; returns its output (standard error merged in). */
    private static String runFor(ProcessBuilder builder) throws Exception {
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        return output;
    }

    /** Runs a step with the app-image's CDS archive moved aside, so that the step does not package it. */
    private static void withoutArchive(Layout image, Runnable step) throws IOException {
        Path archive = image.appFolder().resolve(ARCHIVE);
        Path aside = DEST.resolve(ARCHIVE + ".aside");
        Files.move(archive, aside);
        try {
            step.run();
        } finally {
            Files.move(aside, archive);
        }
    }

    /** The launcher's .cfg with these options added to its [JavaOptions] section. */
    static String withJavaOptions(String cfg, String... options) {
        StringBuilder added = new StringBuilder();
        for (String option : options) {
            added.append("java-options=").append(option).append('\n');
        }
        int section = cfg.indexOf("[JavaOptions]\n");
        if (section < 0) {
            return cfg + "\n[JavaOptions]\n" + added;
        }
        int after = section + "[JavaOptions]\n".length();
        return cfg.substring(0, after) + added + cfg.substring(after);
    }

    private static void jpackage(String... options) {
        ToolProvider tool = ToolProvider.findFirst("jpackage").orElseThrow(() ->
                new IllegalStateException("jpackage is missing: use a full JDK 17 or newer"));
        int status = tool.run(System.out, System.err, options);
        if (status != 0) {
            fail("package: jpackage " + String.join(" ", options) + " failed with status " + status);
        }
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(folder -> Files.isExecutable(Path.of(folder, program)));
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static long sizeOf(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(Package::size).sum();
        }
    }

    /** Deletes every file of this name under the folder. */
    private static void deleteAll(Path folder, String name) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().equals(name)).toList()) {
                Files.delete(file);
            }
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private static void fail(String message) {
        System.err.println(message);
        System.exit(1);
    }
}
