using System.CommandLine;
using System.Text.RegularExpressions;
using ConfBot.Core.Search;
using ConfBot.Hosting;

namespace ConfBot.Cli;

/// <summary>
/// The one error policy of every command: a wrong command line or a bad setting is one <c>error:</c> line on standard
/// error and exit code <see cref="Usage"/>; a failure while running (a note store that will not open, a network
/// error) one <c>error:</c> line and <see cref="Failure"/>. Standard output carries only what was asked for, so
/// <c>confbot talks --json &gt; talks.json</c> never holds help or an error. Stack traces are for developers:
/// printed only with <c>CONFBOT_DEBUG=1</c>.
/// </summary>
internal static partial class CliErrors
{
    public const int Failure = 1;
    public const int Usage = 2;

    public const string ExitCodesHelp = "Exit codes: 0 done; 1 failed while running; 2 a wrong argument, option or setting. "
        + "Errors are one 'error:' line on standard error; CONFBOT_DEBUG=1 adds the stack trace.";

    public static async Task<int> RunAsync(RootCommand root, string[] args, TextWriter? errors = null)
    {
        errors ??= Console.Error;
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            // An unknown word explains a missing command better than the missing command does.
            var first = parse.Errors.FirstOrDefault(e => e.Message.StartsWith("Unrecognized", StringComparison.Ordinal)) ?? parse.Errors[0];
            await errors.WriteLineAsync($"error: {Plain(first.Message)}{Suggestion(parse)}");
            await errors.WriteLineAsync($"Run '{CommandPath(parse)} --help' for usage.");
            return Usage;
        }

        return await Guard(() => parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }), errors);
    }

    public static async Task<int> Guard(Func<Task<int>> run, TextWriter? errors = null)
    {
        errors ??= Console.Error;
        try
        {
            return await run();
        }
        catch (Exception e)
        {
            var (code, message) = Classify(e);
            await errors.WriteLineAsync($"error: {message}");
            if (Environment.GetEnvironmentVariable("CONFBOT_DEBUG") is "1" or "true")
                await errors.WriteLineAsync(e.ToString());
            return code;
        }
    }

    private static (int Code, string Message) Classify(Exception e) => e switch
    {
        _ when SettingsErrors.Describe(e) is { } setting => (Usage, setting),
        UsageException or DirectoryNotFoundException or FileNotFoundException => (Usage, e.Message),
        AggregateException { InnerExceptions.Count: 1 } one => Classify(one.InnerExceptions[0]),
        // Ctrl-C or SIGTERM while a command was still starting (e.g. waiting on Slack): it stopped, nothing broke.
        OperationCanceledException => (Failure, "stopped before it finished"),
        _ => (Failure, e.Message),
    };

    // The parser names the C# type it wanted ("… as expected type 'System.Int32'."); a person is told what to write.
    private static string Plain(string message) => CannotParse().Match(message) is { Success: true } parse
        ? $"{parse.Groups["symbol"].Value}: '{parse.Groups["value"].Value}' is not {SettingsErrors.Accepted(parse.Groups["type"].Value)}"
        : message;

    [GeneratedRegex(@"^Cannot parse argument '(?<value>.*)' for (?:option|command) '(?<symbol>[^']+)' as expected type '(?<type>[^']+)'")]
    private static partial Regex CannotParse();

    private static string CommandPath(ParseResult parse)
    {
        var names = new List<string>();
        for (var result = parse.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
            names.Insert(0, result.Command is RootCommand ? "confbot" : result.Command.Name);
        return string.Join(' ', names);
    }

    // A mistyped option or command ("--jsn", "tlaks") is named with the nearest one the command has.
    private static string Suggestion(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        var known = command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).Concat(command.Subcommands.Select(c => c.Name)).ToList();
        foreach (var token in parse.UnmatchedTokens)
        {
            // A third of the name may be mistyped, and two letters of any name.
            var near = known.Select(name => (Name: name, Allowed: Math.Max(2, name.Length / 3)))
                .Select(candidate => (candidate.Name, candidate.Allowed, Edits: EditDistance.Between(token, candidate.Name, candidate.Allowed)))
                .Where(candidate => candidate.Edits <= candidate.Allowed).OrderBy(candidate => candidate.Edits).FirstOrDefault();
            if (near.Name is not null)
                return $" (did you mean '{near.Name}'?)";
        }

        return "";
    }
}

/// <summary>A command line that parses but asks for something impossible (an empty question): exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
