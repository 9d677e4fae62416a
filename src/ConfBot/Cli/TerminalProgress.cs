using ConfBot.Core.Diagnostics;
using Spectre.Console;

namespace ConfBot.Cli;

/// <summary>
/// Core's progress drawn as Spectre.Console bars on standard error, one per stage; registered only when standard
/// error is a terminal, so redirected output gets none. A display ends as soon as its stages are done, so a command's
/// own output never runs into live bars; a later stage (embedding, after the index) starts a new one.
/// </summary>
internal sealed class TerminalProgress(IAnsiConsole console) : IProgress<WorkProgress>, IDisposable
{
    private static readonly Dictionary<WorkStage, string> Names = new()
    {
        [WorkStage.ReadingNotes] = "Reading notes",
        [WorkStage.Indexing] = "Indexing",
        [WorkStage.Embedding] = "Embedding",
    };

    private readonly Lock _gate = new();
    private Display? _display;

    public void Report(WorkProgress value)
    {
        lock (_gate)
        {
            _display ??= Display.Start(console);
            if (_display.Update(value, Names[value.Stage]))
            {
                _display.Stop();
                _display = null;
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _display?.Stop();
            _display = null;
        }
    }

    /// <summary>One live Spectre progress display, running until <see cref="Stop"/>.</summary>
    private sealed class Display
    {
        private readonly Dictionary<WorkStage, (ProgressTask Bar, bool Done)> _stages = [];
        private readonly TaskCompletionSource _stop = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private ProgressContext? _context;
        private Task _running = Task.CompletedTask;

        public static Display Start(IAnsiConsole console)
        {
            var display = new Display();
            var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            display._running = console.Progress().AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async context =>
                {
                    display._context = context;
                    started.SetResult();
                    await display._stop.Task;
                });
            started.Task.GetAwaiter().GetResult();
            return display;
        }

        /// <summary>Moves the stage's bar on; true when every stage shown is done.</summary>
        public bool Update(WorkProgress value, string name)
        {
            if (!_stages.TryGetValue(value.Stage, out var stage))
                stage = (_context!.AddTask(name), false);
            stage.Bar.MaxValue = Math.Max(1, value.Total);
            // Notes are read side by side, so reports arrive out of order: the bar only moves forward.
            stage.Bar.Value = Math.Max(stage.Bar.Value, value.Done);
            _stages[value.Stage] = (stage.Bar, stage.Done || value.Done >= value.Total);
            return _stages.Values.All(s => s.Done);
        }

        public void Stop()
        {
            _stop.TrySetResult();
            _running.GetAwaiter().GetResult();
        }
    }
}
