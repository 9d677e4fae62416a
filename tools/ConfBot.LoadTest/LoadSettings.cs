using System.Globalization;

namespace ConfBot.LoadTest;

/// <summary>What to run: the built service, its notes, the offered rate, how long each phase lasts, and how many connections.</summary>
internal sealed record LoadSettings(string ServerDll, string NotesFolder, int Rate, int Seconds, int Connections)
{
    public static LoadSettings FromArgs(string[] args) => new(
        Path.GetFullPath(args[0]),
        Path.GetFullPath(args[1]),
        Int(args, 2, 2000),
        Int(args, 3, 10),
        Int(args, 4, 32));

    private static int Int(string[] args, int index, int fallback) =>
        args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;
}
