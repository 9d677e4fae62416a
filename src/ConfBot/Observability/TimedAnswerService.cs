using System.Diagnostics;
using ConfBot.Core.Answers;

namespace ConfBot.Observability;

/// <summary>Decorates the core's answer service to record how long each answer takes, whichever handler asked.</summary>
internal sealed class TimedAnswerService(IAnswerService inner, ConfBotMetrics metrics) : IAnswerService
{
    public Answer Ask(string question, int top = 3)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return inner.Ask(question, top);
        }
        finally
        {
            metrics.Answered(Stopwatch.GetElapsedTime(started));
        }
    }
}
