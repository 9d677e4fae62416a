using System.CommandLine;
using System.Text.Json;
using ConfBot.Core.Notes;
using ConfBot.Core.Talks;
using ConfBot.Observability;
using Spectre.Console;

namespace ConfBot.Cli;

/// <summary><c>confbot talks</c>: every talk ConfBot finds in the notes.</summary>
internal static class TalksCommand
{
    public static Command Create()
    {
        var notes = CommonOptions.Notes();
        var json = CommonOptions.Json();
        var timings = CommonOptions.Timings();
        var command = new Command("talks", "List the talks found in the notes, with write-ups of the same talk merged") { notes, json, timings };
        command.SetAction(parse =>
        {
            using var timed = parse.GetValue(timings) ? PhaseTimings.Start() : null;
            using var host = CliServices.Build(parse.GetValue(notes), timings: timed);
            var services = host.Services;
            var catalog = services.GetRequiredService<INotesLoader>().Load(services.NotesDirectory());
            if (parse.GetValue(json))
                Console.WriteLine(JsonSerializer.Serialize(catalog.Talks.Select(t => TalkJson.ToJson(t, catalog)), TalkJson.Options));
            else
                PrintTable(catalog);
            WriteOutcomes(catalog, Console.Error);
            if (timed is not null)
                Console.Error.WriteLine(timed.Describe());
            return 0;
        });
        return command;
    }

    private static void PrintTable(TalkCatalog catalog)
    {
        if (Console.IsOutputRedirected)
            TalkTable.WritePlain(catalog, Console.Out);
        else
            TalkTable.Render(catalog, AnsiConsole.Console);
        Console.WriteLine(Summary(catalog));
    }

    /// <summary>One line for each file that was not simply read: read leniently, read without a talk, skipped or ignored.</summary>
    internal static void WriteOutcomes(TalkCatalog catalog, TextWriter errors)
    {
        foreach (var outcome in catalog.Outcomes.Where(o => !o.IsPlainRead))
            errors.WriteLine(outcome);
    }

    internal static string Summary(TalkCatalog catalog)
    {
        int Count(NoteOutcomeKind kind) => catalog.Outcomes.Count(o => o.Kind == kind);
        return $"{catalog.Talks.Count} talks from {catalog.Talks.Sum(t => t.Sources.Count)} write-ups; {Count(NoteOutcomeKind.Skipped)} notes skipped; "
            + $"{Count(NoteOutcomeKind.NoTalkFound)} read without a talk; {Count(NoteOutcomeKind.Ignored)} files ignored.";
    }
}
