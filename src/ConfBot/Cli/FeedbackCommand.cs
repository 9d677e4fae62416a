using System.CommandLine;
using System.Text.Json;
using ConfBot.Core.Feedback;
using ConfBot.Core.Notes;
using ConfBot.Core.State;
using ConfBot.Storage;

namespace ConfBot.Cli;

/// <summary>
/// <c>confbot feedback [--since DATE] [--json]</c>: the worst-rated questions and talks from the votes in the state
/// store (the local SQLite file unless ConfBot:Storage says otherwise), titles from the notes.
/// </summary>
internal static class FeedbackCommand
{
    public static Command Create()
    {
        var since = new Option<string?>("--since") { Description = "Only votes cast on this day (UTC) or later", HelpName = "YYYY-MM-DD" };
        var top = new Option<int>("--top") { Description = "How many questions and talks to print", DefaultValueFactory = _ => 10 };
        var notes = CommonOptions.Notes();
        var json = CommonOptions.Json();
        var command = new Command("feedback", "Print the worst-rated questions and talks from 👍/👎 votes on answers") { since, top, notes, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!DayArgument.TryRead(parse.GetValue(since), "--since", out var day, out var error))
            {
                await Console.Error.WriteLineAsync(error);
                return 2;
            }
            if (parse.GetValue(top) < 1)
            {
                await Console.Error.WriteLineAsync("error: --top must be 1 or more.");
                return 2;
            }
            using var host = CliServices.Build(parse.GetValue(notes), s => s.AddStorage());
            var services = host.Services;
            // Starting the host migrates the state database, as `serve` does, before it is read.
            await host.StartAsync(cancellationToken);
            var from = day?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            var votes = await services.GetRequiredService<IFeedbackStore>().ListAsync(from, cancellationToken);
            var talks = services.GetRequiredService<INotesLoader>().Load(services.NotesDirectory(), cancellationToken);
            string Title(string id) => talks.Find(id)?.Title ?? $"({id}, no longer in the notes)";
            string Named(string id) => talks.Find(id) is { } talk ? $"{talk.Title} [{talks.ShortId(talk)}]" : Title(id);
            var report = FeedbackReport.Of(votes);
            Console.Write(parse.GetValue(json)
                ? JsonSerializer.Serialize(FeedbackJson.Of(report, votes, Title), FeedbackJson.Options) + "\n"
                : FeedbackText.Render(report, votes.Count, day, parse.GetValue(top), Named));
            await host.StopAsync(cancellationToken);
            return 0;
        });
        return command;
    }
}
