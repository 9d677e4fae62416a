using System.CommandLine;
using ConfBot.Core.Digests;
using ConfBot.Core.Search;
using ConfBot.Core.State;
using ConfBot.Bot.Digests;
using ConfBot.Observability;
using ConfBot.Storage;
using Microsoft.Extensions.Options;

namespace ConfBot.Cli;

/// <summary>
/// <c>confbot digest --preview</c>: prints the digest a channel would get, from the notes and the state store
/// (the local SQLite file unless ConfBot:Storage says otherwise). Needs no Slack; posting is <c>confbot serve</c>'s job.
/// </summary>
internal static class DigestCommand
{
    /// <summary>The channel previewed when none is named: one no Slack channel id can be, so its history starts empty.</summary>
    public const string LocalChannel = "local-preview";

    public static Command Create()
    {
        var preview = new Option<bool>("--preview") { Description = "Print what the digest would say, without posting or claiming it" };
        var channel = new Option<string>("--channel") { Description = "Slack channel id whose digest history to use", HelpName = "C", DefaultValueFactory = _ => LocalChannel };
        var date = new Option<string?>("--date") { Description = "The digest's day (default: today in ConfBot:Digest:DefaultTimeZone)", HelpName = "YYYY-MM-DD" };
        var notes = CommonOptions.Notes();
        var timings = CommonOptions.Timings();
        var command = new Command("digest", "Preview the daily digest for a channel") { preview, channel, date, notes, timings };
        command.SetAction(async (parse, cancellationToken) =>
        {
            // Posting belongs to `confbot serve`, which holds the Slack token; asking for it here must not look like it worked.
            if (!parse.GetValue(preview))
            {
                await Console.Error.WriteLineAsync("error: confbot digest only previews; add --preview. `confbot serve` posts digests.");
                return 2;
            }
            if (!DayArgument.TryRead(parse.GetValue(date), "--date", out var day, out var error))
            {
                await Console.Error.WriteLineAsync(error);
                return 2;
            }
            // A digest picks talks without searching: embedding the notes would only cost time and a vector file.
            using var timed = parse.GetValue(timings) ? PhaseTimings.Start() : null;
            using var host = CliServices.Build(parse.GetValue(notes), s => s.AddStorage().AddDigest().PostConfigure<SearchOptions>(o => o.Semantic = false), timed);
            var services = host.Services;
            var catalog = services.GetRequiredService<IKnowledgeBase>().Load(services.NotesDirectory());
            // Starting the host migrates the state database, as `serve` does, before the digest reads it.
            await host.StartAsync(cancellationToken);
            var now = TimeProvider.System.GetUtcNow();
            var today = Today(services, now);
            var key = new DigestKey(parse.GetValue(channel)!, day ?? today);
            var digest = await services.GetRequiredService<IDigestBuilder>().BuildAsync(key, catalog, now, today, cancellationToken);
            Console.Write(digest is null ? "The notes hold no talks, so there is no digest.\n" : DigestText.Render(digest));
            await host.StopAsync(cancellationToken);
            if (timed is not null)
                await Console.Error.WriteLineAsync(timed.Describe());
            return 0;
        });
        return command;
    }

    private static DateOnly Today(IServiceProvider services, DateTimeOffset now) =>
        DigestSchedule.Today(TimeZoneInfo.FindSystemTimeZoneById(services.GetRequiredService<IOptions<DigestOptions>>().Value.DefaultTimeZone), now);
}
