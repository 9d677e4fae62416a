using System.Globalization;

namespace ConfBot.LoadTest;

/// <summary>
/// What to run: which server (the built <c>confbot serve</c> on its notes and how it searches, or a Bolt app's
/// folder), the offered rate, how long each phase lasts, how many connections, whether to leave out the
/// <c>/healthz</c> phases, and where to save the run's summary.
/// </summary>
internal sealed record LoadSettings(
    string Server, string Target, string NotesFolder, string Search, int Rate, int Seconds, int Connections, bool SkipHealthz, string? SummaryFile)
{
    public const string Usage = """
        usage: ConfBot.LoadTest [--server confbot] --confbot <confbot.dll> --notes <folder> [--search words|hybrid] [options]
               ConfBot.LoadTest --server bolt --bolt-app <folder with app.js> [options]
               ConfBot.LoadTest compare <summary.json>...
        options: --rate 2000 --seconds 10 --connections 32 --skip-healthz --summary <file.json>
        """;

    private static readonly string[] Known = ["server", "confbot", "notes", "search", "bolt-app", "rate", "seconds", "connections", "summary"];

    public bool IsBolt => Server == "bolt";

    /// <summary>The settings <paramref name="args"/> give, or null when they are not a valid command line.</summary>
    public static LoadSettings? FromArgs(string[] args)
    {
        var options = new Dictionary<string, string>();
        var skipHealthz = false;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--skip-healthz")
                skipHealthz = true;
            else if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length)
                options[args[i][2..]] = args[++i];
            else
                return null;
        }

        if (options.Keys.Except(Known).Any())
            return null;
        var server = options.GetValueOrDefault("server", "confbot");
        var target = options.GetValueOrDefault(server == "bolt" ? "bolt-app" : "confbot");
        var notes = options.GetValueOrDefault("notes");
        var search = options.GetValueOrDefault("search", "words");
        if (server is not ("confbot" or "bolt") || target is null || (server == "confbot" && notes is null) || search is not ("words" or "hybrid"))
            return null;
        return new LoadSettings(
            server,
            Path.GetFullPath(target),
            notes is null ? "" : Path.GetFullPath(notes),
            search,
            Int(options, "rate", 2000),
            Int(options, "seconds", 10),
            Int(options, "connections", 32),
            skipHealthz,
            options.GetValueOrDefault("summary"));
    }

    private static int Int(Dictionary<string, string> options, string name, int fallback) =>
        options.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
}
