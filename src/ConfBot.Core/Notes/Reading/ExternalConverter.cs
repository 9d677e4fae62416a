using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace ConfBot.Core.Notes.Reading;

/// <summary>
/// A program that turns a note of one format into HTML, fed the note on standard input. It is run directly, never
/// through a shell, and killed when it overruns its time. It is optional: when it is not installed, or fails, the
/// note is skipped with a reason that says so (and how to install it), never an exception.
/// </summary>
/// <param name="Program">Found on the PATH, like a shell would.</param>
/// <param name="InstallHint">The command that installs <paramref name="Program"/>, for the skip reason.</param>
/// <param name="Prepare">What is done to the note's text before the program sees it; nothing when null.</param>
internal sealed partial record ExternalConverter(
    string Program, IReadOnlyList<string> Arguments, string InstallHint, TimeSpan Timeout, Func<string, string>? Prepare = null)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    private static readonly string[] Standalone = ["--standalone"];

    /// <summary>pandoc (2.15 or later, for <c>--sandbox</c>) reading <paramref name="from"/>; sandboxed, so an include directive cannot read other files.</summary>
    private static ExternalConverter Pandoc(string from, bool standalone, Func<string, string>? prepare = null) =>
        new("pandoc", ["--sandbox", "--from", from, "--to", "html5", "--wrap=none", .. standalone ? Standalone : []],
            "apt-get install pandoc", DefaultTimeout, prepare);

    /// <summary>
    /// pandoc reading Org, whose <c>#+TITLE</c> only a standalone page shows. pandoc drops property drawers, where
    /// people keep a talk's <c>:SPEAKER:</c> and <c>:URL:</c>; each property is kept as an item "Speaker: …".
    /// </summary>
    public static ExternalConverter PandocOrg() => Pandoc("org", standalone: true, OrgPropertiesAsItems);

    private static string OrgPropertiesAsItems(string text) =>
        OrgPropertyDrawer().Replace(text, drawer => OrgProperty().Replace(drawer.Groups["properties"].Value, "- ${key}: ${value}"));

    /// <summary>
    /// pandoc reading reStructuredText, not standalone: that would lift the lone top heading into a title and the field
    /// list under it (<c>:Speaker: Jane Doe</c>) into metadata the page never shows. A link target written like its
    /// reference, <c>.. _`Title`_: url</c>, is rejected by docutils and pandoc alike, leaving the reference without its
    /// URL; it is read as the target meant.
    /// </summary>
    public static ExternalConverter PandocRst() => Pandoc("rst", standalone: false, text => RstTargetLikeReference().Replace(text, "$1:"));

    /// <summary>
    /// asciidoctor in its secure mode, which never reads other files. It would turn an include into a link that
    /// swallows the attribute definitions under it, so include lines are blanked (a note is read on its own).
    /// </summary>
    public static ExternalConverter Asciidoctor() =>
        new("asciidoctor", ["--safe-mode", "secure", "--attribute", "linkcss", "--attribute", "nofooter", "--out-file", "-", "-"],
            "apt-get install asciidoctor", DefaultTimeout, text => AsciiDocInclude().Replace(text, string.Empty));

    /// <summary>The HTML <see cref="Program"/> made of <paramref name="text"/>, or why there is none.</summary>
    public (string? Html, string? Failure) Convert(string text, string extension)
    {
        var start = new ProcessStartInfo(Program)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = Utf8,
            StandardOutputEncoding = Utf8,
            StandardErrorEncoding = Utf8,
        };
        foreach (var argument in Arguments)
            start.ArgumentList.Add(argument);

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception)
        {
            return (null, $"skipped: reading {extension} needs {Program} ({InstallHint})");
        }

        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        // Written from another thread: a converter that stops reading must not hang the reload past the timeout.
        var input = Task.Run(() =>
        {
            process.StandardInput.Write(Prepare is null ? text : Prepare(text));
            process.StandardInput.Close();
        });
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            Observe(input);
            return (null, $"skipped: {Program} took longer than {Timeout.TotalSeconds:0.#} s to convert it");
        }
        process.WaitForExit();
        Observe(input);
        if (process.ExitCode != 0)
        {
            var reason = errors.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
            return (null, $"skipped: {Program} could not convert it (exit code {process.ExitCode}{(reason is null ? "" : $": {reason}")})");
        }
        return (output.Result, null);
    }

    /// <summary>A converter that exits without reading all its input closes the pipe under the writer; its exit code tells the story.</summary>
    private static void Observe(Task input)
    {
        try
        {
            input.Wait();
        }
        catch (AggregateException e) when (e.InnerException is IOException or ObjectDisposedException)
        {
        }
    }

    [GeneratedRegex(@"^(\.\. _`[^`\n]+`)_:", RegexOptions.Multiline)]
    private static partial Regex RstTargetLikeReference();

    [GeneratedRegex(@"^[ \t]*:PROPERTIES:[ \t]*\n(?<properties>(?:[ \t]*:[^\n]*\n)*?)[ \t]*:END:[ \t]*$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex OrgPropertyDrawer();

    [GeneratedRegex(@"^[ \t]*:(?<key>[\w-]+):[ \t]*(?<value>[^\n]*?)[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex OrgProperty();

    [GeneratedRegex(@"^include::[^\n]*\[[^\n]*\][ \t]*$", RegexOptions.Multiline)]
    private static partial Regex AsciiDocInclude();
}
