using Microsoft.Extensions.Options;

namespace ConfBot.Cli;

/// <summary>
/// Turns the failures a user can cause (a missing notes folder, a bad setting) into one "error: ..." line and
/// exit code 2, instead of a stack trace; anything else is a bug and keeps its trace.
/// </summary>
internal static class CliErrors
{
    public static async Task<int> Guard(Func<Task<int>> run, TextWriter? errors = null)
    {
        try
        {
            return await run();
        }
        catch (Exception e) when (e is DirectoryNotFoundException or OptionsValidationException or UnauthorizedAccessException)
        {
            (errors ?? Console.Error).WriteLine($"error: {e.Message}");
            return 2;
        }
    }
}
