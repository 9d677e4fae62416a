using System.CommandLine;
using System.Globalization;
using System.Numerics;

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

    /// <summary>
    /// Refuses a number outside <paramref name="min"/>–<paramref name="max"/> as a usage error naming the option and
    /// the value. A word that is no number at all is left to the parser, whose error comes first: reading the value
    /// here would throw.
    /// </summary>
    public static Option<T> Within<T>(this Option<T> option, T min, T max, string unit = "") where T : struct, INumber<T>
    {
        option.Validators.Add(result =>
        {
            if (result.Tokens is [var token] && T.TryParse(token.Value, CultureInfo.InvariantCulture, out var value) && !(value >= min && value <= max))
                result.AddError($"{option.Name} must be between {min}{unit} and {max}{unit}, not {token.Value}");
        });
        return option;
    }
}
