using System.CommandLine;

namespace ConfBot.Cli;

/// <summary>Options several commands share, so they read and document the same way everywhere.</summary>
internal static class CommonOptions
{
    public static Option<string?> Notes() => new("--notes")
    {
        Description = "Folder of notes to read (default: ConfBot:Notes:Directory, which defaults to seeds/)",
        HelpName = "DIR",
    };

    public static Option<bool> Timings() => new("--timings")
    {
        Description = "Print where the time went (start-up, services, reading notes, indexing, the model, answering) to standard error",
    };

    public static Option<bool> Json() => new("--json") { Description = "Print JSON instead of text" };
}
