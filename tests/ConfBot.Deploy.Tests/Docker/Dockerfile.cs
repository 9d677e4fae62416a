using System.Text.RegularExpressions;

namespace ConfBot.Deploy.Tests.Docker;

/// <summary>A Dockerfile as instructions (continuation lines joined, comments dropped), with its global ARG defaults.</summary>
internal sealed partial class Dockerfile(IReadOnlyList<(string Keyword, string Arguments)> instructions)
{
    public static Dockerfile Parse(string text)
    {
        var joined = string.Join("\n", text.Split('\n').Where(line => !line.TrimStart().StartsWith('#'))).Replace("\\\n", " ", StringComparison.Ordinal);
        return new([.. joined.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0)
            .Select(line => line.Split(' ', 2)).Select(parts => (parts[0].ToUpperInvariant(), parts.Length > 1 ? parts[1].Trim() : ""))]);
    }

    /// <summary>The instructions of the last stage: what the image runs.</summary>
    public IReadOnlyList<(string Keyword, string Arguments)> RuntimeStage =>
        [.. instructions.Skip(instructions.Select((i, n) => (i, n)).Last(x => x.i.Keyword == "FROM").n)];

    /// <summary>The runtime stage's base image, with global ARG defaults substituted.</summary>
    public string RuntimeBase
    {
        get
        {
            var from = FromImage().Match(RuntimeStage[0].Arguments).Groups["image"].Value;
            var globals = instructions.TakeWhile(i => i.Keyword != "FROM").Where(i => i.Keyword == "ARG")
                .Select(i => i.Arguments.Split('=', 2)).Where(parts => parts.Length == 2).ToDictionary(parts => parts[0], parts => parts[1]);
            return Variable().Replace(from, match => globals.GetValueOrDefault(match.Groups["name"].Value, match.Value));
        }
    }

    public IEnumerable<string> Arguments(string keyword) => instructions.Where(i => i.Keyword == keyword).Select(i => i.Arguments);

    [GeneratedRegex(@"^(--platform=\S+\s+)?(?<image>\S+)")]
    private static partial Regex FromImage();

    [GeneratedRegex(@"\$\{?(?<name>[A-Za-z_][A-Za-z0-9_]*)\}?")]
    private static partial Regex Variable();
}
