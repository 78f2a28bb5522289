// An area files can be dropped on (the file input inside it stays the way to choose them with the keyboard).
import React, { useState } from 'react';

export function DropZone({ className, draggingClassName, onFiles, testId, children }) {
  const [dragging, setDragging] = useState(false);
  return (
    <div
      className={`${className} ${dragging ? draggingClassName : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        onFiles(e.dataTransfer.files);
      }}
      data-testid={testId}
    >
      {children}
    </div>
  );
}
