using System.CommandLine;
using System.Text.Json;
using ConfBot.Core.Answers;
using ConfBot.Core.Search;
using ConfBot.Core.Talks;
using ConfBot.Observability;

namespace ConfBot.Cli;

/// <summary>
/// <c>confbot ask QUESTION…</c>: answers from the notes; the words after <c>ask</c> are the question, quoted or not.
/// Without a question it reads questions one per line: at a terminal from a prompt (<c>exit</c> or Ctrl-D leaves),
/// else from standard input in order, one JSON line (or one text block) per question, so it can be scripted.
/// </summary>
internal static class AskCommand
{
    private const int MinTop = 1;
    private const int MaxTop = 20;

    public static Command Create()
    {
        var question = new Argument<string[]>("QUESTION")
        {
            Description = "The question, quoted or not; omit it for a prompt at a terminal, or to read questions from standard input, one per line",
            Arity = ArgumentArity.ZeroOrMore,
        };
        question.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && result.Tokens.All(token => string.IsNullOrWhiteSpace(token.Value)))
                result.AddError("the question is empty: ask something, e.g. confbot ask how do we store secrets");
        });
        var notes = CommonOptions.Notes();
        var top = new Option<int>("--top") { Description = $"How many talks to show at most ({MinTop}-{MaxTop})", DefaultValueFactory = _ => 3, HelpName = "N" }
            .Within(MinTop, MaxTop);
        var json = CommonOptions.Json();
        var timings = CommonOptions.Timings();
        var wait = new Option<double>("--semantic-wait")
        {
            Description = "Seconds to wait for new notes to be embedded before answering by words only (what is done is kept for the next run)",
            DefaultValueFactory = _ => 60,
            HelpName = "SECONDS",
        }.Within(0, 3600, " s");
        var command = new Command("ask", "Answer a question from the notes") { question, notes, top, json, wait, timings };
        command.SetAction(parse =>
        {
            using var timed = parse.GetValue(timings) ? PhaseTimings.Start() : null;
            using var host = CliServices.Build(parse.GetValue(notes), timings: timed);
            var services = host.Services;
            var knowledge = services.GetRequiredService<IKnowledgeBase>();
            var catalog = knowledge.Load(services.NotesDirectory());
            foreach (var warning in catalog.Warnings)
                Console.Error.WriteLine($"warning: {warning}");
            WaitForMeaning(knowledge, TimeSpan.FromSeconds(parse.GetValue(wait)));
            var answers = services.GetRequiredService<IAnswerService>();
            var count = parse.GetValue(top);
            var asked = 0;
            foreach (var typed in Questions(parse.GetValue(question) ?? []))
            {
                asked++;
                Console.WriteLine(parse.GetValue(json) ? ToJson(answers.Ask(typed, count), catalog) : AnswerText.Render(answers.Ask(typed, count)));
            }

            // Nothing asked at all (an empty file on standard input) is a mistake, not an empty answer.
            if (asked == 0 && Console.IsInputRedirected)
                throw new UsageException("no question: give one after 'ask', or one per line on standard input");
            if (timed is not null)
                Console.Error.WriteLine(timed.Describe());
            return 0;
        });
        return command;
    }

    private static void WaitForMeaning(IKnowledgeBase knowledge, TimeSpan wait)
    {
        try
        {
            if (!knowledge.Embedded.Wait(wait))
                Console.Error.WriteLine($"note: the notes are still being embedded after {wait.TotalSeconds:0} s; answering by words only (run again to continue)");
        }
        catch (AggregateException e)
        {
            Console.Error.WriteLine($"warning: searching by meaning is unavailable ({e.InnerException?.Message}); answering by words only");
        }
    }

    private static IEnumerable<string> Questions(string[] words)
    {
        if (words.Length > 0)
        {
            yield return string.Join(' ', words).Trim();
            yield break;
        }

        var prompting = !Console.IsInputRedirected;
        // Opening the console's input sets the terminal up; a Ctrl-D typed before that, at a prompt already shown,
        // would be lost with the terminal's old mode and leave the prompt waiting.
        var input = Console.In;
        if (prompting)
            Console.Error.WriteLine("Ask a question about the notes; 'exit' or Ctrl-D leaves.");
        while (true)
        {
            if (prompting)
                Console.Error.Write("? ");
            if (input.ReadLine() is not { } line || (prompting && line.Trim() is "exit" or "quit"))
                yield break;
            if (!string.IsNullOrWhiteSpace(line))
                yield return line.Trim();
        }
    }

    /// <summary>The talk as <c>confbot talks --json</c> prints it, links in answer order, plus score and highlights.</summary>
    private static string ToJson(Answer answer, TalkCatalog catalog) => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["question"] = answer.Question,
        ["results"] = answer.Hits.Select(hit =>
        {
            var talk = TalkJson.ToJson(hit.Talk, catalog);
            talk["links"] = hit.Links.Select(l => new { url = l.Url, kind = l.Kind, text = l.Text }).ToList();
            talk["score"] = hit.Score;
            talk["highlights"] = hit.Highlights;
            return talk;
        }).ToList(),
        ["corrections"] = answer.Corrections,
        ["suggestions"] = answer.Suggestions,
    }, TalkJson.Options);
}
